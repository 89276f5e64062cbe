import AttestKit
import Foundation
import Testing

struct SpeakerResolutionTests {
  @Test(arguments: [
    // Surnames and honorifics join the full name given earlier.
    (
      "Farmer Tobias Lind lost his crop.\n\n\"It is all gone,\" Mr. Lind said.\n", "Tobias Lind",
      "Mr. Lind"
    ),
    // A title the article gave someone.
    (
      "President Amara Sesay spoke on Monday.\n\n\"We will rebuild,\" the president said.\n",
      "Amara Sesay", "the president"
    ),
    // Names after long titles keep only the name.
    (
      "\"Talks must resume,\" said Deputy High Commissioner for Refugee Affairs and Migration Policy Lars Eklund.\n",
      "Lars Eklund", "Deputy High Commissioner for Refugee Affairs and Migration Policy Lars Eklund"
    ),
    // Hyphenated and accented names.
    (
      "\"We are ready,\" said coach Jean-Pierre Müller-Côté.\n", "Jean-Pierre Müller-Côté",
      "coach Jean-Pierre Müller-Côté"
    ),
    // Pronouns by agreement and recency.
    (
      "Nurse Hannah Kolb worked all night.\n\n\"It never stopped,\" she said.\n", "Hannah Kolb",
      "she"
    ),
    // An unnamed spokesperson speaks for the organisation.
    ("\"Talks will resume,\" said an EU spokesperson.\n", "European Union", "an EU spokesperson"),
    // A surname after an opening adverbial, whose full name was written out without a title.
    (
      "The geologist Maren Dahl spent a month on the ice.\n\nAfter the trip, Dahl said the ice was thinning.\n",
      "Maren Dahl", "Dahl"
    ),
    // A second cue coordinated with the first keeps its subject.
    (
      "A spokesman for the water board said the dam was safe, and warned that repairs were overdue.\n",
      "water board", "A spokesman for the water board"
    ),
    // "Ministry of X" names an institution, not a person called X.
    (
      "The survey will take a year, according to the Ministry of Environment.\n",
      "Ministry of Environment", "the Ministry of Environment"
    ),
    // An institution's papers speak for the institution.
    (
      "Two libraries will close, according to Westbridge Council papers.\n",
      "Westbridge Council", "Westbridge Council papers"
    ),
    // A full name printed only as a possessive, then the surname.
    (
      "Lena Obuya's goal won the match.\n\nObuya, 24, said it was her best game.\n",
      "Lena Obuya", "Obuya"
    ),
    // A description standing for the person in focus ("the Frenchman", "the 29-year-old").
    (
      "Paul Anquetil, 29, said it was his best game. \"I will remember it,\" the Frenchman told reporters.\n",
      "Paul Anquetil", "the Frenchman"
    ),
    (
      "Paul Anquetil said it was his best game. \"I will remember it,\" the 29-year-old added.\n",
      "Paul Anquetil", "the 29-year-old"
    ),
    // A description and the organisation's name in apposition: the name speaks.
    ("The dockers' union, DWU, said it would strike.\n", "DWU", "The dockers' union, DWU"),
    (
      "Redsul, the main power company, said 60,000 homes had lost power.\n", "Redsul",
      "Redsul, the main power company"
    ),
    // Honorifics of local politics; firms, forces and operators by their names.
    ("Cllr Tom Brand said the contract was fair.\n", "Tom Brand", "Cllr Tom Brand"),
    (
      "\"We will not sail,\" a NorthLink spokesperson said.\n", "NorthLink",
      "a NorthLink spokesperson"
    ),
    (
      "The auditors, Keane & Partners, said the tender was flawed.\n", "Keane & Partners",
      "The auditors, Keane & Partners"
    ),
    ("Police Scotland are urging people not to travel.\n", "Police Scotland", "Police Scotland"),
    (
      "14:05 About 20,000 homes are without power, according to the network operator SSEN.\n",
      "SSEN", "the network operator SSEN"
    ),
    // A relative clause's cue belongs to the name it hangs on.
    (
      "The rate rose, said analyst Mara Lind, who noted that prices had fallen.\n", "Mara Lind",
      "analyst Mara Lind"
    ),
    // A month's abbreviation that is also a forename.
    (
      "Outside court, the harbour master, Jan Ruud, said the town was relieved.\n", "Jan Ruud",
      "the harbour master, Jan Ruud"
    ),
    // A title that is also an institution's head word, before a name.
    (
      "Prosecutor Amira Haddad told the court that the fire was deliberate.\n", "Amira Haddad",
      "Prosecutor Amira Haddad"
    ),
    // Several bodies at once are nobody in particular.
    ("The two parties said they would meet again on Thursday.\n", "unknown", "The two parties"),
    // "…" — that was the warning from X.
    (
      "\"The markets are watching\" — that was the warning from governor Peter Lund.\n",
      "Peter Lund", "governor Peter Lund"
    ),
    // A letter's sender, past its addressee and an aside.
    (
      "A letter from the World Food Programme to donors, seen by the Herald, warned that stocks would run out.\n",
      "World Food Programme", "A letter from the World Food Programme to donors"
    ),
    ("Staff at the gallery said they were shocked.\n", "unknown", "Staff at the gallery"),
    // An institution's head and where it is; an unnamed person known by whose they are.
    ("Police in Leeds confirmed they were investigating.\n", "police", "Police in Leeds"),
    ("The tour was cancelled, her publisher said.\n", "unknown", "her publisher"),
    // A country's institution is written as its name.
    (
      "Norway's fisheries ministry said the quota was fair.\n", "Norwegian Fisheries Ministry",
      "Norway's fisheries ministry"
    ),
    // An unnamed official of a named institution, and a pronoun after them.
    (
      "The Harbour Commission's chief engineer said the wall would hold. She added that repairs would start in May.\n",
      "Harbour Commission", "She"
    ),
    // People speaking for a named institution.
    (
      "Analysts at Halden Securities said the cuts were overdue.\n", "Halden Securities",
      "Analysts at Halden Securities"
    ),
    // A dateline is not the subject of the sentence after it.
    (
      "OSLO, March 3 (Northwire) - Skyline Air cut its forecast on Tuesday, saying fuel had become too expensive.\n",
      "Skyline Air", "Skyline Air"
    ),
    // A bare plural names a group, nobody in particular, not the sentence's subject.
    (
      "Hana Lee closed the plant, a step that unions called \"a betrayal\".\n", "unknown", "unions"
    ),
    // A common word opening the sentence names nobody: unnamed experts are unknown.
    ("Legal experts said the ruling would stand.\n", "unknown", "Legal experts"),
    // An appositive role stays a role.
    (
      "\"Calm is needed,\" said Omar Haddad, spokesman for the city council.\n", "Omar Haddad",
      "Omar Haddad, spokesman for the city council"
    ),
    // "the company" is the business a description named, not a person described by a trade.
    (
      "Port operator Norhavn Docks Group expects delays. Crane operator Sam Oduya, 44, "
        + "walked out.\n\nThe company said its offer was fair.\n",
      "Norhavn Docks Group", "The company"
    ),
    // A party and state after the name.
    (
      "\"This is a fair bill,\" Sen. Maria Lopez, D-Calif., said on the floor.\n", "Maria Lopez",
      "Sen. Maria Lopez"
    ),
    // "the company" is a business whose name ends as businesses' names do.
    (
      "Volvania Motors will cut 1,200 jobs, the company announced on Tuesday.\n",
      "Volvania Motors", "the company"
    ),
    // "the bank" is a one-word name that ends with it.
    (
      "Customers of Nordbank could not log in. The bank said a software update was to blame.\n",
      "Nordbank", "The bank"
    ),
    // A country the lexicon does not know, owning a ministry.
    (
      "Kessland's foreign ministry called the accusations \"absurd\".\n",
      "Kessland Foreign Ministry", "Kessland's foreign ministry"
    ),
    // A subject, a copula and a word of manner, then a colon and the quote.
    (
      "The hospital trust was blunt: \"We have had to cancel 400 operations.\"\n",
      "hospital trust", "The hospital trust"
    ),
    // An opening participle's phrase is not the subject.
    (
      "Standing outside the Royal Infirmary, union organiser Grace Okonkwo said staff were "
        + "exhausted.\n",
      "Grace Okonkwo", "union organiser Grace Okonkwo"
    ),
    // A participle's phrase after a group nobody names.
    (
      "Residents reached by phone said the shelling had stopped.\n", "unknown", "Residents"
    ),
    // A statement from a group nobody names.
    (
      "A statement from the pub's owners said they were \"shocked and saddened\".\n", "unknown",
      "A statement from the pub's owners"
    ),
    // A group the lexicon does not list, named by what its members do.
    (
      "Meteorologists said temperatures would fall later in the week.\n", "unknown",
      "Meteorologists"
    ),
    // Unnamed sources described by what they know, never the one they are close to.
    (
      "A person familiar with the matter said the talks had stalled.\n", "unknown",
      "A person familiar with the matter"
    ),
    (
      "A source close to the minister said the talks had stalled.\n", "unknown",
      "A source close to the minister"
    ),
    (
      "A senior official who asked not to be named said the talks had stalled.\n", "unknown",
      "A senior official"
    ),
    // Two people who speak together: the first named, as for "X and her colleagues".
    (
      "Councillors Ruth Abara and Dev Malhotra said both sides should accept mediation.\n",
      "Ruth Abara", "Ruth Abara"
    ),
    // A role under a possessive: the company's own chief executive.
    (
      "The company is to cut 1,800 jobs, its chief executive told staff on Monday.\n", "unknown",
      "its chief executive"
    ),
    // A group the relative clause hangs on.
    (
      "It followed a campaign by opposition parties who argued the sale was a mistake.\n",
      "unknown", "opposition parties"
    ),
    // A full name, then where the person is from.
    (
      "Prime Minister Anneli Rask of Estvia, who chaired the talks, said the gap had narrowed.\n",
      "Anneli Rask", "Prime Minister Anneli Rask of Estvia"
    ),
    // An occupation opening a full name is a role.
    (
      "Florist Pavel Dvorak said burglaries had doubled.\n", "Pavel Dvorak",
      "Florist Pavel Dvorak"
    ),
    // A participle after a clause whose subject is named, in a sentence opening with none.
    (
      "The summit ended early after the Farmers Union walked out, accusing ministers of "
        + "ignoring them.\n", "Farmers Union", "the Farmers Union"
    ),
    // A full name, then the institution the person works for.
    (
      "\"Bonds look cheap,\" wrote Ilse Varga of Dornbach Capital in a note to investors.\n",
      "Ilse Varga", "Ilse Varga of Dornbach Capital in a note to investors"
    ),
    (
      "\"The sample was small,\" said Tomas Brill of the Orvik Institute.\n", "Tomas Brill",
      "Tomas Brill of the Orvik Institute"
    ),
    // People named by where they live speak for nobody in particular, not for the place.
    (
      "Farmers around Mount Taravo say the ash has ruined their crops.\n", "unknown",
      "Farmers around Mount Taravo"
    ),
    (
      "Residents of Korvel said the road had long been dangerous.\n", "unknown",
      "Residents of Korvel"
    ),
    // Letters after a name are no part of it; an analyst's firm named after her is no person
    // for "she"; a business named before its description is "the company".
    (
      "His barrister, Nadia Frost KC, suggested that she had seen the papers.\n", "Nadia Frost",
      "His barrister, Nadia Frost KC"
    ),
    (
      "Sunita Raman of Greyfield Research said the chain grew too fast. \"They opened where "
        + "the rents were cheap,\" she said.\n", "Sunita Raman", "she"
    ),
    (
      "Loafly, the high-street bakery chain, will close 40 shops, the company said.\n\n"
        + "Shares in Loafly's parent company fell 4%.\n", "Loafly", "the company"
    ),
    // A survey or report by someone speaks for its author.
    (
      "One in four patients waited more than a fortnight, according to a survey by the "
        + "Patients' Council.\n", "Patients' Council", "a survey by the Patients' Council"
    ),
    // A name in apposition ending an "according to" source is the source.
    (
      "The bus was carrying 52 passengers, according to the operator, Soltrans.\n", "Soltrans",
      "the operator, Soltrans"
    ),
  ])
  func resolvesMentionsToCanonicalSpeakers(text: String, speaker: String, mention: String) throws {
    let quotes = try QuoteTesting.quotes(text, data: QuoteTesting.dataWithoutRegistry())
    #expect(Set(quotes.map(\.speaker)) == [speaker])
    #expect(quotes.last?.mention == mention)
  }

  /// Articles with several speakers: the last quote's.
  @Test(arguments: [
    // An epithet after someone else has been named since the last quote; a name printed first
    // as a possessive.
    (
      "Rovers won thanks to Joseph Mbeki's header.\n\n\"He was brilliant,\" manager Helen Dyer "
        + "said.\n\nMbeki, 31, joined in the summer. \"I have a lot of respect for them,\" "
        + "the forward said.\n",
      "Joseph Mbeki", "the forward"
    ),
    // A name first printed away from any cue, whose surname speaks later; "she" after her
    // surname opens a paragraph.
    (
      "Rosa Delgado opens the bakery at five. \"We bake,\" Delgado says.\n\nThat woman was "
        + "Claire Hobbs. \"I help,\" Hobbs says.\n\nDelgado is not waiting. \"We are still "
        + "here,\" she says.\n",
      "Rosa Delgado", "she"
    ),
    // A relative named by forename takes the family's surname.
    (
      "\"We thought we were going to die,\" said Kerry Walsh, 34. Her husband Dean, 37, said they "
        + "had climbed out through a skylight.\n",
      "Dean Walsh", "Her husband Dean"
    ),
    // A relative named in an appositive; a rank standing for the officer named before.
    (
      "\"A library is for everyone,\" Agnes Oduya once said. Her son, Peter, said she read "
        + "every day.\n",
      "Peter Oduya", "Her son, Peter"
    ),
    (
      "Army spokesman Col. Ahmed Saleh told reporters the rebels had fled. \"The town is ours,\" "
        + "the colonel said.\n",
      "Ahmed Saleh", "the colonel"
    ),
    // "another driver" is nobody named, not the driver quoted before.
    (
      "\"I love this job,\" wrote Marek Nowicki. \"This is not about greed,\" said another "
        + "driver, who did not want to be named.\n",
      "unknown", "another driver, who did not want to be named"
    ),
    // "they" for a team: the one leading it.
    (
      "The researchers, led by Prof. Hana Kimura, followed 2,400 volunteers. Short naps helped, "
        + "they wrote.\n",
      "Hana Kimura", "they"
    ),
    // The firm an analyst works at is not the "he" who speaks next.
    (
      "Martin Keogh, an analyst at Halden Securities, said costs were too high. \"This is the "
        + "market telling them to grow up,\" he said.\n",
      "Martin Keogh", "he"
    ),
    // "the source", "the spokesman": the unnamed official who spoke for an institution.
    (
      "A government source said ministers were divided. Some favoured a delay, the source said.\n",
      "government", "the source"
    ),
    (
      "A police spokesman said two men had been arrested. They were released on bail, the "
        + "spokesman said.\n",
      "police", "the spokesman"
    ),
    // A place after "from" is no person, even followed by a comma.
    (
      "One patient, Kevin Moss, 57, from Harlow Bay, has waited 19 months.\n\nHe told the radio "
        + "station he could no longer climb the stairs.\n",
      "Kevin Moss", "He"
    ),
    // A name no lexicon knows, whose surname recurs on its own, is a person "she" can refer to.
    (
      "Amal Haddad left the city in 2013.\n\nHaddad shrugs at the phrase. \"I was angry,\" she "
        + "says.\n",
      "Amal Haddad", "she"
    ),
    // An unnamed holder of a title given to someone earlier.
    (
      "Health Minister Ana Ruiz spoke first. The health minister said the wards would cope.\n",
      "Ana Ruiz", "The health minister"
    ),
    // Officials with no institution of their own speak for the one quoted just before.
    (
      "The state health department said it would end the program. Officials said patients "
        + "would be referred to other clinics.\n",
      "state health department", "Officials"
    ),
    // "The agency quoted X as saying": the one quoted.
    (
      "The Torva news agency quoted Deputy Energy Minister Petra Halas as saying the government "
        + "had \"no reason to suspect sabotage\".\n",
      "Petra Halas", "Deputy Energy Minister Petra Halas"
    ),
    // An unnamed person behind an indefinite appositive, then "he": nobody named.
    (
      "For years a truck has served eastern Kessel County.\n\nOne patient, a 58-year-old "
        + "orchard worker who spoke on condition of anonymity, said the truck was the only "
        + "clinic he knew. \"They never asked for papers,\" he said.\n",
      "unknown", "he"
    ),
    // A government the lexicon does not know keeps its printed name ("The Veskan" is no person).
    (
      "Talks broke down on Monday.\n\nThe Veskan government said it would not reopen them.\n",
      "Veskan government", "The Veskan government"
    ),
    // "Analysts at Brenner & Co" opening a sentence: the firm, which "they" then stands for.
    (
      "Analysts at Brenner & Co said the cut was deep. \"Pricing power may be gone,\" they wrote.\n",
      "Brenner & Co", "they"
    ),
    // A business's first word alone is the business, not a person.
    (
      "Shares of Lindgren Foods fell 7%.\n\nLindgren said it would close a plant.\n",
      "Lindgren Foods", "Lindgren"
    ),
    // Officials qualified by a word of an institution quoted earlier speak for it.
    (
      "According to the Redmond Heights Fire Department, crews arrived at 2 a.m.\n\nFire "
        + "officials stressed that the alarms had worked.\n",
      "Redmond Heights Fire Department", "Fire officials"
    ),
    // US local titles are titles, not names; "both candidates" are nobody in particular.
    (
      "Councilman Derek Osei said the buses were late. \"They never come,\" he said.\n",
      "Derek Osei", "he"
    ),
    (
      "The debate ran late. Both candidates said they supported hiring more police officers.\n",
      "unknown", "Both candidates"
    ),
    // A report's authors speak for the institute that published it.
    (
      "A report published by the Halvard Institute argues that rents will rise. \"The city has "
        + "built the wrong homes,\" the authors write.\n",
      "Halvard Institute", "the authors"
    ),
    // "Her office": the office of the person in focus.
    (
      "Cllr Anjali Mehta notes that rents have risen. Her office said it would study the report.\n",
      "Anjali Mehta", "Her office"
    ),
    // An aside between em dashes after a name.
    (
      "Dr. Farid Nassar runs the ward.\n\nNassar — who has worked at the hospital for 19 years "
        + "— said most patients were over 75.\n",
      "Farid Nassar", "Nassar"
    ),
    // A figure after "admitted" is its object; "according to" names the source.
    (
      "The hospital admitted 212 patients with heat-related illness, according to the regional "
        + "health board.\n",
      "regional health board", "the regional health board"
    ),
    // A region's adjective before an anonymous diplomat names no organisation.
    (
      "Talks stalled.\n\nA Western diplomat, speaking on condition of anonymity, said the talks "
        + "were \"hanging by a thread\".\n",
      "unknown", "A Western diplomat"
    ),
    // "A nurse who asked not to be named": an unnamed source by any noun of a person.
    (
      "Ward 7 was closed on Monday.\n\nA nurse who asked not to be named because she was not "
        + "authorised to speak said the ward was full.\n",
      "unknown", "A nurse"
    ),
    // A firm described by its trade ("the carmaker") after it was named by its suffix; a firm
    // named since an earlier description with the same head.
    (
      "Shares in Ostrava Motors fell on Monday after the carmaker said that sales had slowed.\n",
      "Ostrava Motors", "the carmaker"
    ),
    (
      "The fishing company Salt & Sons said catches were down.\n\nShares in Keldby Foods rose. "
        + "The company said that demand was strong.\n",
      "Keldby Foods", "The company"
    ),
    // A surname two people share is the article's subject's, not the relative quoted last.
    (
      "Painter Oskar Lind has died at 88.\n\n\"He painted every day,\" his son, Erik Lind, "
        + "said.\n\nLind was born in Bergen. In 1990 he recalled that his first show sold "
        + "nothing.\n",
      "Oskar Lind", "he"
    ),
    // "it said" after a business named with an ampersand and its suffix.
    (
      "Mayor Ines Baptiste said the market would reopen.\n\nIn a statement, Hollis & Co "
        + "apologised. \"We got this wrong,\" it said.\n",
      "Hollis & Co", "it"
    ),
    // "reports in <country>": that country's media.
    (
      "The striker is close to a move, according to reports in Brazil.\n", "Brazilian media",
      "reports in Brazil"
    ),
    // A one-sentence paragraph whose subject speaks introduces the quote opening the next.
    (
      "Union organiser Grace Okonkwo described the conditions on the wards.\n\n\"We had eleven "
        + "patients each. Eleven.\"\n",
      "Grace Okonkwo", "Union organiser Grace Okonkwo"
    ),
    // Particles inside a name, and a surname that keeps its particle.
    ("Marta van der Berg said the vote was close.\n", "Marta van der Berg", "Marta van der Berg"),
    (
      "Piet de Vries said the plan had failed.\n\nLater, de Vries said the team was tired.\n",
      "Piet de Vries", "de Vries"
    ),
    (
      "Northgate's manager, Piet de Vries, was more guarded. Asked about the title, he said it "
        + "was too early to talk about that.\n",
      "Piet de Vries", "he"
    ),
    // A participle after a role and a name speaks for the person, not the club before the role.
    (
      "Lakeside United coach Grace Okoro refused to blame her players, saying the fault was "
        + "hers.\n",
      "Grace Okoro", "Lakeside United coach Grace Okoro"
    ),
    // "she" after an unnamed spokeswoman of a ministry the lexicon knows is the spokeswoman,
    // not a woman named earlier.
    (
      "The director, Henrietta Vogel, said the figures were bad.\n\nA spokeswoman for the "
        + "health ministry said funding had risen. \"We recognise the pressure,\" she said.\n",
      "Health Ministry", "she"
    ),
  ])
  func resolvesTheLastSpeakerAmongSeveral(text: String, speaker: String, mention: String) throws {
    let quotes = try QuoteTesting.quotes(text, data: QuoteTesting.dataWithoutRegistry())
    #expect(quotes.last?.speaker == speaker)
    #expect(quotes.last?.mention == mention)
  }

  @Test func pronounAfterAnUnnamedOfficialGoesToAPersonNamedSince() throws {
    let quotes = try QuoteTesting.quotes(
      "Economists at Westhaven Bank said rates would fall.\n\nFinance Minister Hakan Toprak welcomed the news. Lower rates, he said, would help.\n"
    )
    #expect(quotes.map(\.speaker) == ["Westhaven Bank", "Hakan Toprak"])
  }

  @Test func keepsAppositiveRole() throws {
    let quote = try #require(
      try QuoteTesting.quotes(
        "\"Calm is needed,\" said Omar Haddad, spokesman for Mayor Rosa Lind.\n"
      ).first)
    #expect(quote.speaker == "Omar Haddad")
    #expect(quote.role == "spokesman for Mayor Rosa Lind")
  }

  @Test func photoCaptionsAreNeverSpeakers() throws {
    let text = """
      Crews worked through the night to clear the road.

      Mayor Ines Baptiste promised 'full support' on Friday. /Harbor Images/Tomasz Wolny

      "The road will be open by noon," an official said.

      """
    let quotes = try QuoteTesting.quotes(text)
    #expect(!quotes.contains { $0.speaker.contains("Tomasz") || $0.speaker.contains("Baptiste") })
  }

  @Test func registryMapsRolesAndAliasesWhenItKnowsThePerson() throws {
    var data = try TestSupport.data()
    data.documents["speakers.json"] = Data(
      """
      [{"name": "Marek Zielinski", "aliases": ["Zielinsky"], "gender": "male",
        "roles": [{"title": "Prime Minister of Poland", "organisation": "Poland", "from": "2020-01-01", "to": null}]}]
      """.utf8)
    let text =
      "published: 2023-05-01\n\nIn Poland, the prime minister spoke.\n\n\"We stand firm,\" Zielinsky said.\n"
    let quotes = try QuoteTesting.quotes(text, data: data)
    #expect(quotes.map(\.speaker) == ["Marek Zielinski"])
  }

  @Test func theSamePersonIsOneSpeakerAcrossArticles() throws {
    // Given two articles naming one person differently
    let folder = try TestSupport.temporaryFolder()
    _ = try TestSupport.write(
      Array("\"We won,\" said Zoë Adébáyọ̀-Ruiz.\n".utf8), named: "a.txt", in: folder)
    _ = try TestSupport.write(
      Array("\"We won again,\" said ZOË ADÉBÁYỌ̀-RUIZ.\n".utf8), named: "b.txt", in: folder)
    _ = try TestSupport.write(
      Array("\"Still winning,\" said Zoe Adebayo Ruiz, the captain.\n".utf8), named: "c.txt",
      in: folder)
    // When the corpus is analysed
    let run = try Analyzer(data: TestSupport.data()).run(paths: [folder.path], store: nil)
    // Then the spellings that differ only in case, accents and hyphens are one speaker
    let speakers = Set(run.analyses.flatMap(\.quotes).map(\.speaker))
    #expect(speakers.count <= 2)
    #expect(speakers.contains("Zoë Adébáyọ̀-Ruiz"))
  }
}
