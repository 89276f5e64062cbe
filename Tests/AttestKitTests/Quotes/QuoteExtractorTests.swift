import AttestKit
import Testing

struct QuoteExtractorTests {
  // MARK: - Direct quotes

  @Test(arguments: [
    ("\"The road is closed,\" said Mayor Lena Holt.\n", "The road is closed,"),
    ("“The road is closed,” said Mayor Lena Holt.\n", "The road is closed,"),
    ("‘The road is closed,’ said Mayor Lena Holt.\n", "The road is closed,"),
    ("«The road is closed», said Mayor Lena Holt.\n", "The road is closed"),
    ("„The road is closed“, said Mayor Lena Holt.\n", "The road is closed"),
    ("“They told me ‘wait’ for hours,” said Mayor Lena Holt.\n", "They told me ‘wait’ for hours,"),
  ])
  func findsDirectQuotesInEveryMarkStyle(text: String, quote: String) throws {
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.text) == [quote])
    #expect(quotes.first?.speaker == "Lena Holt")
    #expect(quotes.first?.type == .direct)
    #expect(quotes.first?.cue == "said")
  }

  @Test func spanIsTheBytesBetweenTheMarks() throws {
    let text = "Intro line here.\n\n“Prices will fall,” the minister, Oren Vale, said.\n"
    let quote = try #require(try QuoteTesting.quotes(text).first)
    let bytes = Array(text.utf8)
    #expect(
      String(decoding: bytes[quote.span.start..<quote.span.end], as: UTF8.self)
        == "Prices will fall,")
    #expect(quote.span.location == SourceLocation(line: 3, column: 2))
  }

  @Test(arguments: [
    "Mira Castell, the head of the nurses' union, said: \"We will strike on Monday.\"\n",
    "Union leader Mira Castell told reporters: \"We will strike on Monday.\"\n",
    "\"We will strike on Monday,\" union leader Mira Castell said.\n",
    "\"We will strike on Monday,\" said Mira Castell, the head of the nurses' union.\n",
    // A participle after the attribution's noun ("a statement posted on …").
    "\"We will strike on Monday,\" Mira Castell said in a statement posted on her website.\n",
    // A long object after the cue, and a cue's noun form inside it.
    "\"We will strike on Monday,\" Mira Castell told a news conference in Leeds later in the day.\n",
    "\"We will strike on Monday,\" union leader Mira Castell told members on a conference call.\n",
  ])
  func attributesQuoteBeforeOrAfterItsFrame(text: String) throws {
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.count == 1)
    #expect(quotes.first?.speaker == "Mira Castell")
  }

  @Test func splitsAQuoteInterruptedByItsAttribution() throws {
    let quotes = try QuoteTesting.quotes(
      "“We are tired,” said nurse Abel Moreno, “and we are not paid enough.”\n")
    #expect(quotes.map(\.text) == ["We are tired,", "and we are not paid enough."])
    #expect(quotes.map(\.speaker) == ["Abel Moreno", "Abel Moreno"])
  }

  @Test func aWordOfMannerBetweenTheAttributionAndTheNextPartIsNoQuote() throws {
    let quotes = try QuoteTesting.quotes(
      "Coach Abel Moreno insisted there was no joy in it. \"We were lucky,\" he said, smiling, "
        + "\"and everyone who watched us knows it.\"\n")
    #expect(
      quotes.map(\.text) == [
        "there was no joy in it", "We were lucky,", "and everyone who watched us knows it.",
      ])
    #expect(quotes.map(\.type) == [.indirect, .direct, .direct])
    #expect(Set(quotes.map(\.speaker)) == ["Abel Moreno"])
  }

  @Test func theDocumentASpeakerIssuedSpeaksForThem() throws {
    let quotes = try QuoteTesting.quotes(
      "In its yearly report, the port authority said traffic had fallen.\n\nThe report noted "
        + "that storms had closed the port for nine days.\n")
    #expect(quotes.map(\.speaker) == ["port authority", "port authority"])
  }

  @Test func aLetterOrStatementIsASourceAndAQuotedVerbFollowsTo() throws {
    let quotes = try QuoteTesting.quotes(
      "The letter said the canteen had been closed for weeks.\n\nMayor Ines Baptiste urged "
        + "residents to \"stay calm\".\n")
    #expect(
      quotes.map(\.text) == ["the canteen had been closed for weeks", "residents to \"stay calm\""])
    #expect(quotes.map(\.speaker) == ["unknown", "Ines Baptiste"])
  }

  @Test func anAcronymAfterAWordOfScopeNamesTheBody() throws {
    let quotes = try QuoteTesting.quotes(
      "The stadium will stay closed until March, the regional FA said.\n")
    #expect(quotes.map(\.speaker) == ["regional FA"])
  }

  @Test func followsAQuoteRunningOverParagraphs() throws {
    let text = """
      Coach Ida Brenner was blunt about the defeat.

      "We were slow from the first minute," Brenner said. "Nobody won a tackle.

      "Next week we start again, and I expect more."

      The team plays again on Sunday.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(
      quotes.map(\.text) == [
        "We were slow from the first minute,", "Nobody won a tackle.",
        "Next week we start again, and I expect more.",
      ])
    #expect(Set(quotes.map(\.speaker)) == ["Ida Brenner"])
  }

  @Test func presentTenseParaphraseWithQuotedWordsIsMixed() throws {
    let quotes = try QuoteTesting.quotes(
      "Ines Baptiste once said that a bridge \"belongs to the town\".\n")
    #expect(quotes.map(\.text) == ["a bridge \"belongs to the town\""])
    #expect(quotes.first?.type == .mixed)
    #expect(quotes.first?.speaker == "Ines Baptiste")
  }

  @Test func quoteAfterAParagraphNamingOnePersonAndEndingInAColon() throws {
    let text = """
      Musicians went on strike on Friday.

      The players' committee chair, cellist Tobias Wren, read a statement to reporters outside:

      "We did not take this step lightly. We were told there was no money.

      "Now we learn otherwise. We cannot accept that."

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.count == 2)
    #expect(quotes.allSatisfy { $0.speaker == "Tobias Wren" })
  }

  @Test func quoteAfterAParagraphEndingInACueAndColon() throws {
    let text = """
      Speaking to reporters in Oslo, chief executive Mei-Ling Cho said:

      "We have been through cycles like this before."

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.speaker) == ["Mei-Ling Cho"])
    #expect(quotes.first?.cue == "said")
  }

  @Test(arguments: [
    "\"He listened, which is rare,\" she joked.\n",
    "A rebel spokesman, reached by phone, accused the army of breaking the truce.\n",
  ])
  func jokesAndAsidesBeforeTheCue(text: String) throws {
    #expect(try QuoteTesting.quotes(text).count == 1)
  }

  @Test func floatingQuotedParagraphTakesThePreviousSpeaker() throws {
    let text = """
      "The harvest is ruined," farmer Tobias Lind said.

      "Three months of rain in one week. Nothing survives that."

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.count == 2)
    #expect(quotes.last?.speaker == "Tobias Lind")
    #expect(quotes.last?.cue == "none")
  }

  // MARK: - Unbalanced marks

  @Test(arguments: [
    "He continued, ” “We had to act quickly and we did,” the mayor, Ines Baptiste, said.\n",
    "The chief said \"we will see. Later, the mayor, Ines Baptiste, said: \"We had to act quickly and we did.\"\n",
  ])
  func recoversLocallyFromStrayMarks(text: String) throws {
    let extraction = try QuoteTesting.extraction(text)
    #expect(extraction.quotes.contains { $0.text.hasPrefix("We had to act quickly and we did") })
    #expect(!extraction.warnings.isEmpty)
    #expect(extraction.warnings.allSatisfy { $0.location != nil })
  }

  @Test func warnsWithLocationOnAnUnmatchedMark() throws {
    let extraction = try QuoteTesting.extraction("First line.\nThe crowd shouted ” and left.\n")
    let warning = try #require(extraction.warnings.first)
    #expect(warning.location == SourceLocation(line: 2, column: 19))
    #expect(warning.message == "unmatched closing quotation mark")
  }

  @Test func manyStrayMarksNeverFailTheArticle() throws {
    let chunk =
      "The minister said \"we will see. Officials “disputed it. He added ” that prices rose.\n\n"
    let extraction = try QuoteTesting.extraction(String(repeating: chunk, count: 2_000))
    #expect(extraction.warnings.count == QuoteExtractor.warningLimit + 1)
  }

  // MARK: - Transcripts

  @Test func readsTranscriptTurnsWithAccentsAndSplitTurns() throws {
    let text = """
      Today we talk to the historian Zofia Nowak about the strike.

      RENÉ DUVAL, HOST: Zofia, why did the strike spread?

      ZOFIA NOWAK: Because the shipyard was the biggest employer...

      NOWAK: ...and everyone knew someone who worked there.

      DUVAL: Thank you.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.speaker) == ["René Duval", "Zofia Nowak", "Zofia Nowak", "René Duval"])
    #expect(quotes.allSatisfy { $0.cue == "transcript" && $0.type == .direct })
    #expect(quotes[2].text == "...and everyone knew someone who worked there.")
  }

  @Test func televisionTranscriptTagsDirectionsAndReportedSpeech() throws {
    let text = """
      ANA SOUSA, HOST: Will the bill pass, Senator?

      SEN. PAUL FERRIS, WATER COMMITTEE CHAIR: I think it will.

      (BEGIN VIDEO CLIP)

      UNIDENTIFIED FEMALE: They can build their dam somewhere else.

      (END VIDEO CLIP)

      SOUSA: River Watch said in a statement that it would go to court.

      FERRIS: Let them.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(
      quotes.map(\.speaker) == [
        "Ana Sousa", "Paul Ferris", "unknown", "Ana Sousa", "River Watch", "Paul Ferris",
      ])
    #expect(quotes.filter { $0.cue == "transcript" }.count == 5)
    #expect(quotes[4].text == "it would go to court")
    #expect(!quotes.contains { $0.text.contains("VIDEO CLIP") })
  }

  @Test func newsConferenceQuestionsTaggedWithAPeriodAreTurns() throws {
    let text = """
      Sofia Alves won the final on Saturday.

      Transcript of Alves's news conference:

      Q. What was going through your mind at 5-5?

      SOFIA ALVES: Honestly, nothing. I was just trying to breathe.

      Q. Is your grandfather here?

      SOFIA ALVES: No, but I think he was watching.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.cue) == ["transcript", "transcript", "transcript", "transcript"])
    #expect(quotes.map(\.speaker) == ["unknown", "Sofia Alves", "unknown", "Sofia Alves"])
  }

  @Test func aNameInBracketsAfterARoleTagIsTheSpeaker() throws {
    let text = """
      HOST (Karin Lund): My guest is the entomologist Obi Nwosu. What is going wrong?

      NWOSU: The bees are getting lost.

      LUND: Is that pesticides?

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.cue) == ["transcript", "transcript", "transcript"])
    #expect(quotes.map(\.speaker) == ["Karin Lund", "Obi Nwosu", "Karin Lund"])
    #expect(quotes[0].text == "My guest is the entomologist Obi Nwosu. What is going wrong?")
  }

  @Test func anAdjunctAfterWithoutIsPartOfTheStatementUnlessItDoubtsIt() throws {
    let quotes = try QuoteTesting.quotes(
      """
      Alison Dyer said the founder had arranged the loans without informing the board.

      Olav Brekke said the vote had been rigged, without providing evidence.

      """)
    #expect(
      quotes.map(\.text) == [
        "the founder had arranged the loans without informing the board",
        "the vote had been rigged",
      ])
  }

  @Test func narrationAfterTheLastTurnIsNotATurn() throws {
    let text = """
      HOST: Will the new ferry run all winter?

      KAPOOR: It will, unless the harbour freezes.

      I have said so since the start.

      After the programme, the port's office said the timetable would be published on Monday.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.cue) == ["transcript", "transcript", "transcript", "said"])
    #expect(quotes[2].text == "I have said so since the start.")
    #expect(quotes[3].text == "the timetable would be published on Monday")
    #expect(quotes[3].speaker == "port's office")
  }

  @Test func narrationBetweenTurnsIsNotATurn() throws {
    let text = """
      HOST: Was the harbour ready for the storm?

      KAPOOR: Mostly. The sea wall held.

      Police said two fishing boats had sunk near the pier.

      HOST: And the boats?

      KAPOOR: We lost two, and that hurts.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.cue) == ["transcript", "transcript", "said", "transcript", "transcript"])
    #expect(quotes[2].text == "two fishing boats had sunk near the pier")
  }

  @Test func questionAndAnswerInterviewNamesBothSides() throws {
    let text = """
      Lina Sorvik runs the ferry company Norbrygg. She spoke to Tomas Ekberg.

      Q: Why were the ferries late all summer?

      A: We lost three captains in May and could not replace them.

      Q: Will it be better next year?

      A: Yes. We have trained six new ones.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.cue) == ["transcript", "transcript", "transcript", "transcript"])
    #expect(
      quotes.map(\.speaker) == ["Tomas Ekberg", "Lina Sorvik", "Tomas Ekberg", "Lina Sorvik"])
  }

  @Test func explainerQuestionsAreNotAnInterview() throws {
    let text = """
      What happened to the ferries this summer, explained.

      Q: Why were the ferries late?

      A: The company lost three captains in May.

      Q: Will it be better next year?

      A: Six new captains have been trained.

      """
    #expect(try QuoteTesting.quotes(text).isEmpty)
  }

  @Test(arguments: ["ALSO READ: Ten facts about ships\n\nUPDATE: The story was changed.\n"])
  func labelsAreNotTranscriptTurns(text: String) throws {
    #expect(try QuoteTesting.quotes(text).isEmpty)
  }

  // MARK: - Indirect and mixed quotes

  @Test(arguments: [
    (
      "The mayor, Ines Baptiste, said the bridge would reopen in May.\n",
      "the bridge would reopen in May", "said"
    ),
    (
      "Ines Baptiste warned that the bridge would stay shut.\n", "the bridge would stay shut",
      "warned"
    ),
    (
      "Ines Baptiste told reporters on Monday that repairs had begun.\n", "repairs had begun",
      "told"
    ),
    ("According to Ines Baptiste, repairs had begun.\n", "repairs had begun", "according to"),
    ("Repairs had begun, according to Ines Baptiste.\n", "Repairs had begun", "according to"),
    (
      "Repairs had begun, according to a statement from Ines Baptiste.\n", "Repairs had begun",
      "according to"
    ),
    ("Repairs had begun on Monday, Ines Baptiste said.\n", "Repairs had begun on Monday", "said"),
    (
      "Ines Baptiste urged drivers to use the ring road.\n", "drivers to use the ring road", "urged"
    ),
    ("Dr Ines Baptiste said no reply ever came.\n", "no reply ever came", "said"),
    ("Ines Baptiste shot back that the bridge was safe.\n", "the bridge was safe", "shot back"),
    // A present-tense clause, with or without quoted words.
    (
      "Ines Baptiste said the bridge needs repairs.\n", "the bridge needs repairs", "said"
    ),
    // "was quoted as saying": the one quoted speaks.
    (
      "Ines Baptiste was quoted by the state agency as saying that 1,200 homes were lost.\n",
      "1,200 homes were lost", "saying"
    ),
    // A short phrase of place or medium after the attribution.
    (
      "Walking helps, Ines Baptiste wrote in the journal Diabetes Care.\n", "Walking helps",
      "wrote"
    ),
    // A trailing comparison after the attribution.
    (
      "The toll has risen to 19, Ines Baptiste said on Tuesday, up from 14 a day earlier.\n",
      "The toll has risen to 19", "said"
    ),
    // The fronted clause, when the sentence goes on after the attribution.
    (
      "Her client had repaid a third, Ines Baptiste said, and was caring for her mother.\n",
      "Her client had repaid a third", "said"
    ),
    (
      "Short naps helped, Ines Baptiste wrote, while long ones did not.\n", "Short naps helped",
      "wrote"
    ),
    // "according to" between the subject and its verb: what follows the aside.
    (
      "The bridge, according to Ines Baptiste, had been closed for repairs.\n",
      "had been closed for repairs", "according to"
    ),
    // A long aside between the speaker and the cue.
    (
      "Ines Baptiste, speaking on condition of anonymity because she was not authorised to talk "
        + "to the press, said more closures were possible.\n",
      "more closures were possible", "said"
    ),
    // A past tense spelled as the present.
    (
      "Ines Baptiste warned that blocking roads put lives at risk.\n",
      "blocking roads put lives at risk", "warned"
    ),
    (
      "Ines Baptiste encouraged both sides to reach an agreement.\n",
      "both sides to reach an agreement", "encouraged"
    ),
    // The named person speaks for her colleagues too.
    (
      "Ines Baptiste and her colleagues argue that the change is learned.\n",
      "the change is learned", "argue"
    ),
    (
      "Ines Baptiste recalled that the bridge had been shut before.\n",
      "the bridge had been shut before", "recalled"
    ),
    // A wire dateline is not part of what was said.
    (
      "OLD HARBOUR, Sept 8 (Coast Wire) - The bridge will reopen in May, Ines Baptiste said.\n",
      "The bridge will reopen in May", "said"
    ),
    // A bare day after the cue, as wire copy writes it.
    (
      "The bridge will reopen in May, Ines Baptiste said Sunday.\n",
      "The bridge will reopen in May", "said"
    ),
    (
      "Ines Baptiste said Tuesday night the bridge would stay shut.\n",
      "the bridge would stay shut", "said"
    ),
    // A short object, then the clause's own subject, with no "that".
    (
      "Ines Baptiste told the radio station she could no longer cross the river.\n",
      "she could no longer cross the river", "told"
    ),
    // A description counts as a predication ("X as Y").
    (
      "Ines Baptiste described the closure as a disaster for the town.\n",
      "the closure as a disaster for the town", "described"
    ),
    // A plural subject and a verb in the present make a clause.
    (
      "Ines Baptiste says drivers already avoid the bridge.\n",
      "drivers already avoid the bridge", "says"
    ),
    // "told" an audience, then a clause with a subject of its own and no "that".
    (
      "Ines Baptiste told reporters the bridge would reopen in May.\n",
      "the bridge would reopen in May", "told"
    ),
    (
      "Ines Baptiste told a news conference the repairs were finished.\n",
      "the repairs were finished", "told"
    ),
    (
      "Ines Baptiste told parliament Norvale would pay for the repairs.\n",
      "Norvale would pay for the repairs", "told"
    ),
  ])
  func findsIndirectQuotes(text: String, quote: String, cue: String) throws {
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.text) == [quote])
    #expect(quotes.first?.type == .indirect)
    #expect(quotes.first?.cue == cue)
    #expect(quotes.first?.speaker == "Ines Baptiste")
  }

  /// A family, or a relative no one names, speaks as nobody in particular ("family" is no
  /// adverb for ending in "ly").
  @Test(arguments: [
    "The family said the boy had been a keen swimmer.\n",
    "Her family said the boy had been a keen swimmer.\n",
    "Her husband said the boy had been a keen swimmer.\n",
    "The husband said the boy had been a keen swimmer.\n",
  ])
  func relativesAndFamiliesAreUnnamedSpeakers(text: String) throws {
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.text) == ["the boy had been a keen swimmer"])
    #expect(quotes.first?.speaker == "unknown")
  }

  @Test func findsMixedQuotes() throws {
    let quotes = try QuoteTesting.quotes(
      "Senator Paula Reyes said the bill was \"dead on arrival\" and would never pass.\n")
    #expect(quotes.map(\.type) == [.mixed])
    #expect(quotes.first?.text == "the bill was \"dead on arrival\" and would never pass")
  }

  @Test func anObjectDescribedAsAFragmentIsMixed() throws {
    let quotes = try QuoteTesting.quotes(
      "Coach Lena Varga described the defeat as \"a lesson we needed\".\n")
    #expect(quotes.map(\.type) == [.mixed])
    #expect(quotes.first?.text == "the defeat as \"a lesson we needed\"")
    #expect(quotes.first?.speaker == "Lena Varga")
  }

  /// A naming verb after an appositive is the named speaker's act, not a participle.
  @Test(arguments: [
    "Henrik Dahl, a surgeon, called the results \"intriguing but preliminary\".\n",
    "Professor Henrik Dahl, an orthopaedic surgeon who was not involved in the research, called "
      + "the results \"intriguing but preliminary\".\n",
  ])
  func aNamingVerbAfterAnAppositiveIsMixed(text: String) throws {
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.type) == [.mixed])
    #expect(quotes.first?.text == "the results \"intriguing but preliminary\"")
    #expect(quotes.first?.speaker == "Henrik Dahl")
  }

  @Test func aFragmentThatIsTheWholeComplementIsDirect() throws {
    let quotes = try QuoteTesting.quotes(
      "The crowd cheered, with Governor Ada Obi vowing \"no retreat\" in her speech.\n")
    #expect(quotes.map(\.type) == [.direct])
    #expect(quotes.first?.speaker == "Ada Obi")
  }

  @Test(arguments: [
    "The alliance, dubbed the \"coalition of the willing\" by critics, met on Monday.\n",
    "So far 30 \"armed criminals\" have been detained.\n",
  ])
  func scareQuotesAreNotQuotes(text: String) throws {
    #expect(try QuoteTesting.quotes(text).isEmpty)
  }

  @Test func firstPersonSentenceContinuesAReportedStatement() throws {
    let quotes = try QuoteTesting.quotes(
      "Spokeswoman Dana Kerr said that we were watching closely. We support calls for calm.\n")
    #expect(quotes.map(\.text) == ["we were watching closely. We support calls for calm"])
  }

  @Test(arguments: [
    "Rain was reported in the north.\n", "Ines Baptiste thanked the volunteers.\n",
    "In the capital, the deaths of two guards were officially confirmed.\n",
    // An object and a second verb of the subject's: nothing was reported.
    "The council declared a state of emergency on Sunday and ordered schools to close.\n",
    "The council declared a state of emergency as the death toll rose to 14.\n",
    // A passive that reports no source, and a verb of speech in another sense.
    "Thirty-two people have been admitted to hospital, and one woman died.\n",
    "The bakery closed its shops and recalled products sold last week.\n",
    // A cue under negation reports nothing.
    "The council is looking at rates, though a spokesman would not say when.\n",
    // A description with no predication, and a verb of speech in the sense of "increase".
    "Residents described a long and frightening night.\n",
    "Employers added 182,000 jobs in March, more than economists had expected.\n",
    // The two blame each other: nothing is reported.
    "The mayor and the union blamed each other for the deadlock.\n",
  ])
  func agentlessPassivesAndBareObjectsAreNotQuotes(text: String) throws {
    #expect(try QuoteTesting.quotes(text).isEmpty)
  }

  @Test func aLabelNamedInsideAReportedStatementIsPartOfIt() throws {
    let quotes = try QuoteTesting.quotes(
      "The ministry warned that it would not tolerate what it called \"economic sabotage\".\n")
    #expect(quotes.map(\.type) == [.mixed])
    #expect(quotes.map(\.text) == ["it would not tolerate what it called \"economic sabotage\""])
  }

  @Test func aQuotedPredicationAfterAsIsDirect() throws {
    let quotes = try QuoteTesting.quotes(
      "The canvases use a blue Ines Baptiste describes as \"the sea I have not seen for years\".\n")
    #expect(quotes.map(\.type) == [.direct])
    #expect(quotes.map(\.text) == ["the sea I have not seen for years"])
  }

  @Test func aParticipleAfterATrailingAttributionByARoleIsAQuoteOfItsOwn() throws {
    let quotes = try QuoteTesting.quotes(
      "The bridge will close, the mayor said on Wednesday, warning that repairs could take two "
        + "weeks.\n\nMayor Ines Baptiste later toured the site.\n")
    #expect(quotes.map(\.text) == ["The bridge will close", "repairs could take two weeks"])
    #expect(quotes.map(\.cue) == ["said", "warning"])
    #expect(quotes.allSatisfy { $0.speaker == "Ines Baptiste" })
  }

  @Test(arguments: [
    "She tells Hamish Reid what the light has meant to her.\n",
    "He told reporters how he escaped through a window.\n",
  ])
  func tellingSomeoneWhatOrHowReportsNoStatement(text: String) throws {
    #expect(try QuoteTesting.quotes(text).isEmpty)
  }

  @Test(arguments: [
    "The government says more than 160 people died, among them 16 police officers.\n",
    "Police said two men died.\n",
  ])
  func aComplementWhoseOnlyVerbIsShortIsStillAClause(text: String) throws {
    let quote = try #require(try QuoteTesting.quotes(text).first)
    #expect(quote.type == .indirect)
    #expect(quote.text.hasSuffix("died") || quote.text.contains("died,"))
  }

  @Test func courtDocumentsAreNoInstitutionSpeaking() throws {
    let quote = try #require(
      try QuoteTesting.quotes(
        "According to court documents, Briggs spent $400,000 at a casino in one year.\n"
      ).first)
    #expect(quote.text == "Briggs spent $400,000 at a casino in one year")
    #expect(quote.speaker == "unknown")
  }

  @Test func aParticipleAfterAnotherVerbReportsTheClauseAfterIt() throws {
    let quotes = try QuoteTesting.quotes(
      "The health minister has defended the delay, insisting the hospitals would cope.\n")
    #expect(quotes.map(\.text) == ["the hospitals would cope"])
    #expect(quotes.first?.mention == "The health minister")
  }

  @Test func aFragmentInsideAFrontedStatementIsNotASecondQuote() throws {
    let quotes = try QuoteTesting.quotes(
      "The union would not be \"bullied back to work\", Ines Baptiste added.\n")
    #expect(quotes.map(\.type) == [.mixed])
    #expect(quotes.first?.speaker == "Ines Baptiste")
  }

  @Test func howTheOutletKnowsIsNoSecondSpeaker() throws {
    let quotes = try QuoteTesting.quotes(
      "Ines Baptiste later told a meeting that she took \"full responsibility\", according to a "
        + "recording heard by the Gazette.\n")
    #expect(quotes.map(\.speaker) == ["Ines Baptiste"])
  }

  @Test func aClauseReportedByALaterAttributionIsOneQuote() throws {
    let quotes = try QuoteTesting.quotes(
      "Ines Baptiste was unmoved. Ministers had promised meetings before, she said, and nothing "
        + "had changed.\n")
    #expect(quotes.map(\.text) == ["Ministers had promised meetings before"])
    #expect(quotes.first?.speaker == "Ines Baptiste")
  }

  @Test(arguments: [
    "\"Closer is not finished,\" Ines Baptiste told reporters as she left the building.\n",
    // Whom, and when, with no verb: nothing more was reported.
    "\"Closer is not finished,\" Ines Baptiste told this magazine in 2009.\n",
  ])
  func whomASpeakerToldIsNotWhatSheSaid(text: String) throws {
    let quotes = try QuoteTesting.quotes(text)
    #expect(quotes.map(\.text) == ["Closer is not finished,"])
    #expect(quotes.first?.speaker == "Ines Baptiste")
  }
}
