/// Finds the figures, dates and events an article states, with who asserts each and how firmly.
///
/// Rules, no parser: a sentence's quantities are read and normalised (`QuantityReader`), bound to
/// the nearest measure trigger and subject category of `Data/lexicon/claims.json`; dates bind to
/// event predicates; attribution comes from the quotes the quote extractor found around the
/// mention, else from hedge phrases, else the outlet's own voice. Page furniture, captions and
/// headings are never read.
///
/// ```swift
/// let extractor = try ClaimExtractor(data: data)
/// let claims = extractor.claims(in: article, quotes: quotes)
/// ```
public struct ClaimExtractor: Sendable {
  let lexicon: ClaimLexicon
  let mentions: MentionLexicon
  let cues: SpeechCues

  /// Creates an extractor with the lexicons of `data`.
  ///
  /// - Throws: `DataError` when a lexicon is malformed.
  public init(data: AttestData) throws {
    lexicon = try ClaimLexicon(data: data)
    mentions = try MentionLexicon(data: data)
    cues = try SpeechCues(data: data)
  }

  /// The claim mentions of `article`, in text order; `quotes` are its quotations, whose speakers
  /// become the mentions' origins.
  public func claims(in article: Article, quotes: [Quote]) -> [ClaimMention] {
    let document = DocumentText(
      article: article, abbreviations: mentions.abbreviations, cues: cues)
    return claims(in: article, document: document, quotes: quotes)
  }

  func claims(in article: Article, document: DocumentText, quotes: [Quote]) -> [ClaimMention] {
    let country = mentions.mainCountry(of: document)
    let sorted = quotes.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    var context = Context(
      article: article, document: document, quotes: sorted,
      longestQuote: sorted.map { $0.span.end - $0.span.start }.max() ?? 0, lines: article.lineIndex,
      anchor: CalendarDay.parse(article.metadata.published), country: country)
    for tokens in document.tokens {
      for token in tokens where token.isCapitalised && isNationality(token.text) {
        context.nationalities.insert(token.text)
      }
    }
    var found: [ClaimMention] = []
    var lastPercentKey: String?
    for paragraph in document.tokens.indices {
      let tokens = document.tokens[paragraph]
      var start = 0
      var carried: ClaimMention?
      while start < tokens.count {
        let end = document.sentenceEnd(paragraph, start) + 1
        var claims = sentenceClaims(paragraph, start..<end, context)
        // "The list rose to 2.1 million. That is up 8 percent …": the change of the count the
        // sentence before gave; with none, no claim.
        let previousCount = found.last.flatMap { $0.valueKind == .count ? $0 : nil }
        claims = claims.compactMap { claim in
          guard claim.category == Self.pronounChangeSubject else { return claim }
          guard let previousCount, previousCount.measure == "count" else { return nil }
          var claim = claim
          claim.key = "percent-" + previousCount.category
          claim.category = previousCount.category
          return claim
        }
        for index in claims.indices {
          if claims[index].key == Self.pointChangeKey, let lastPercentKey {
            claims[index].key = lastPercentKey + "-change"
          } else if claims[index].valueKind == .percent,
            claims[index].measure != Self.pointChangeKey
          {
            lastPercentKey = claims[index].key
          }
        }
        // "According to the ministry, 1,000 were hurt. Almost 400 are in hospital": the next
        // sentence's bare figures keep the source.
        if let source = carried {
          for index in claims.indices
          where claims[index].cueClass == .bare && claims[index].valueKind == .count {
            claims[index].assertedBy = source.assertedBy
            claims[index].cue = source.cue
            claims[index].cueClass = source.cueClass
            claims[index].originRole = source.originRole
          }
        }
        let counts = claims.filter { $0.valueKind == .count }
        if let sourced = counts.first(where: { $0.cue.lowercased().hasPrefix("according") }) {
          carried = sourced
        } else if !counts.isEmpty && counts.allSatisfy({ $0.assertedBy == "outlet" }) {
          carried = nil
        }
        found += claims
        start = end
      }
    }
    // A figure repeated word for word in one article is one mention (the first).
    var seen = Set<String>()
    return found.filter { claim in
      seen.insert(
        [
          claim.key, claim.text, claim.value.map { String($0) } ?? "", claim.assertedBy,
          claim.scope,
        ]
        .joined(separator: "\u{1F}")
      ).inserted
    }
  }

  /// What every sentence of one article shares.
  struct Context {
    let article: Article
    let document: DocumentText
    /// The article's quotes by start offset.
    let quotes: [Quote]
    /// The longest quote's length in bytes, to bound overlap searches.
    let longestQuote: Int
    /// Line starts, to locate spans without rescanning the file.
    let lines: LineIndex
    let anchor: Int?
    /// The year of publication, to tell a past event's figures from the article's.
    var year: Int? { article.metadata.published.flatMap { Int($0.prefix(4)) } }

    /// The quotes that overlap the file range `start..<end`, found by binary search.
    func quotes(overlapping start: Int, _ end: Int) -> ArraySlice<Quote> {
      // First quote starting at or after `start - longestQuote`.
      var low = 0
      var high = quotes.count
      let from = start - longestQuote
      while low < high {
        let middle = (low + high) / 2
        if quotes[middle].span.start < from { low = middle + 1 } else { high = middle }
      }
      var last = low
      while last < quotes.count && quotes[last].span.start < end { last += 1 }
      return quotes[low..<last]
    }
    let country: (name: String, adjective: String)?
    /// Capitalised words of the article shaped as nationalities ("Ardavian", "Kelskan").
    var nationalities: Set<String> = []
  }

  // MARK: - Sentences

  private func sentenceClaims(
    _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> [ClaimMention] {
    let tokens = context.document.tokens[paragraph]
    let dates = DateReader.dates(in: sentence, of: tokens, anchor: context.anchor)
    var used = Set(dates.flatMap { Array($0.tokens) })
    let points = pointChanges(tokens, sentence)
    for point in points { used.formUnion(point.range) }
    var claims: [ClaimMention] = []
    var previousCategory: String?
    var previousMeasure: ClaimLexicon.Measure?
    var index = sentence.lowerBound
    // A change in points is the change a rise or fall word tells of ("cut rates by 25 basis
    // points").
    var priceMentioned = !points.isEmpty
    var lastFigureEnd: Int?
    var lastFigureFrom = false
    var lastFigureAfterTo = false
    while index < sentence.upperBound {
      if !used.contains(index),
        let (quantity, key) = temperature(at: index, in: tokens, sentence: sentence)
      {
        for position in quantity.tokens { used.insert(position) }
        index = max(index + 1, quantity.tokens.upperBound)
        claims.append(
          mention(
            key: key, measure: "temperature", category: "", valueKind: .count,
            value: quantity.value, valueMax: nil, unit: "celsius", place: nil,
            support: quantity.support, hard: quantity.hard, range: quantity.tokens,
            figure: quantity.tokens, approximated: quantity.approximated, approximate: false,
            day: nil, paragraph, sentence, context))
        continue
      }
      // "nearly twice the legal limit": a multiple written as a word.
      if !used.contains(index), tokens[index].lower == "twice", index + 2 < sentence.upperBound,
        tokens[index + 1].lower == "the",
        let reference = (index + 2..<min(sentence.upperBound, index + 5)).first(where: {
          lexicon.multipleReferences.contains(tokens[$0].lower)
        })
      {
        let approximated =
          index > sentence.lowerBound
          && lexicon.approximators.match(at: index - 1, in: tokens, end: index) == 1
        let noun = Self.singular(tokens[reference].lower)
        claims.append(
          mention(
            key: "multiple-" + noun, measure: "multiple", category: noun, valueKind: .count,
            value: 2, valueMax: nil, unit: "multiplier", place: nil, support: .exactly(2),
            hard: .exactly(2), range: (approximated ? index - 1 : index)..<(reference + 1),
            figure: index..<(index + 1), approximated: approximated, approximate: false, day: nil,
            paragraph, sentence, context))
        index = reference + 1
        continue
      }
      // "a 7.1-magnitude earthquake": the figure and its measure in one word.
      let parts = tokens[index].lower.split(separator: "-", maxSplits: 1).map(String.init)
      if !used.contains(index), parts.count == 2,
        let value = QuantityReader.parseNumber(parts[0]),
        let measure = lexicon.preNumberMeasure[parts[1]]
      {
        claims.append(
          mention(
            key: measure, measure: measure, category: "", valueKind: .count, value: value,
            valueMax: nil, unit: measure, place: nil, support: .exactly(value),
            hard: .exactly(value), range: index..<(index + 1), figure: index..<(index + 1),
            approximated: false, approximate: false, day: nil, paragraph, sentence, context))
        index += 1
        continue
      }
      guard !used.contains(index),
        let quantity = QuantityReader.read(at: index, in: tokens, end: sentence.upperBound)
      else {
        index += 1
        continue
      }
      for position in quantity.tokens { used.insert(position) }
      index = max(index + 1, quantity.tokens.upperBound)
      if countsSources(tokens, quantity.tokens, sentence) { continue }
      let first = quantity.tokens.lowerBound
      let kind: ClaimValueKind = quantity.isPercent ? .percent : .count
      // "up from 14.1 million", and "to 6.25 percent from 5.75 percent" right after the figure.
      // ("up from an initial 700 tonnes": a word saying which earlier figure may come between.)
      var from = first - 1
      if from - 2 >= sentence.lowerBound,
        ["initial", "earlier", "original", "previous", "first"].contains(tokens[from].lower),
        ["an", "the", "a", "its", "their"].contains(tokens[from - 1].lower)
      {
        from -= 2
      }
      let upFrom =
        from - 1 >= sentence.lowerBound && tokens[from].lower == "from"
        && ["up", "down"].contains(tokens[from - 1].lower)
      // A percentage after "from" once the sentence has one: "fall to 2.8 percent next year,
      // from 3.4 percent this year".
      // "Approvals dropped to 41,200 in March from 44,900 in February": a count after "from"
      // once the sentence has given the level it changed to.
      let fromThisFigure = first - 1 >= sentence.lowerBound && tokens[first - 1].lower == "from"
      let toFrom =
        fromThisFigure && (kind == .percent || kind == .count && lastFigureAfterTo)
      // "rise from 20 percent to 22 percent": the figure before was the earlier value.
      let fromTo =
        kind == .percent && lastFigureFrom && lastFigureEnd == first - 1
        && tokens[first - 1].lower == "to"
      defer {
        lastFigureEnd = quantity.tokens.upperBound
        lastFigureFrom = fromThisFigure
        lastFigureAfterTo = first - 1 >= sentence.lowerBound && tokens[first - 1].lower == "to"
      }
      if upFrom || toFrom, let previous = claims.last, previous.valueKind == kind {
        // "… 14.8 million passengers, up from 14.1 million": the figure's earlier value, with
        // the same source. A rising toll's earlier value is the same slot (it is superseded);
        // any other figure's is a slot of its own, so the two never conflict.
        let cumulative =
          lexicon.measures.first { $0.name == previous.measure }?.kind == .cumulative
        var claim = mention(
          key: cumulative ? previous.key : previous.key + "-earlier", measure: previous.measure,
          category: previous.category,
          valueKind: kind, value: quantity.value, valueMax: quantity.valueMax,
          unit: previous.unit, place: previous.place, support: quantity.support,
          hard: quantity.hard, range: (upFrom ? from - 1 : first - 1)..<quantity.tokens.upperBound,
          figure: quantity.tokens, approximated: quantity.approximated, approximate: false,
          day: nil, paragraph, sentence, context)
        if claim.cueClass == .bare {
          claim.assertedBy = previous.assertedBy
          claim.cue = previous.cue
          claim.cueClass = previous.cueClass
          claim.originRole = previous.originRole
        }
        claims.append(claim)
        continue
      }
      // "Organisers said 250,000 people joined, while police put the number at 80,000": another
      // source's figure for the same slot.
      if first - 2 >= sentence.lowerBound, tokens[first - 1].lower == "at",
        Self.figureNouns.contains(tokens[first - 2].lower),
        let previous = claims.last(where: { $0.valueKind == .count })
      {
        claims.append(
          mention(
            key: previous.key, measure: previous.measure, category: previous.category,
            valueKind: .count, value: quantity.value, valueMax: quantity.valueMax,
            unit: previous.unit, place: previous.place, support: quantity.support,
            hard: quantity.hard, range: (first - 2)..<quantity.tokens.upperBound,
            figure: quantity.tokens, approximated: quantity.approximated, approximate: false,
            day: nil, paragraph, sentence, context))
        continue
      }
      // "sent 150 more firefighters, bringing the total to 470": the whole the increase joins.
      if first - 4 >= sentence.lowerBound, tokens[first - 1].lower == "to",
        let total = (max(sentence.lowerBound + 2, first - 3)..<(first - 1)).first(where: {
          Self.totalNouns.contains(tokens[$0].lower)
            && ["the", "its", "their"].contains(tokens[$0 - 1].lower)
            && Self.totalVerbs.contains(tokens[$0 - 2].lower)
        }),
        (total + 1..<(first - 1)).allSatisfy({ ["number", "count"].contains(tokens[$0].lower) }),
        // ("recruited 250 officers, bringing its strength to 3,900": what joined the total is
        // an increase, "more" or not.)
        let increase = claims.indices.last, claims[increase].valueKind == .count
      {
        // The increase is a slot of its own ("four more people died" is one already).
        if !claims[increase].key.hasSuffix("-new") { claims[increase].key += "-new" }
        let previous = claims[increase]
        claims.append(
          mention(
            key: String(previous.key.dropLast(4)), measure: previous.measure,
            category: previous.category, valueKind: .count, value: quantity.value,
            valueMax: quantity.valueMax, unit: previous.unit, place: previous.place,
            support: quantity.support, hard: quantity.hard,
            range: (total - 2)..<quantity.tokens.upperBound, figure: quantity.tokens,
            approximated: quantity.approximated, approximate: false, day: nil, paragraph,
            sentence, context))
        continue
      }
      // "fell by 12 percent last year to 8,450", "dropped 12% to 8,450": the level the change
      // reached, a count of what changed.
      if first - 1 > sentence.lowerBound, tokens[first - 1].lower == "to", !quantity.isPercent,
        quantity.tokens.upperBound >= sentence.upperBound
          || tokens[quantity.tokens.upperBound].kind == .punctuation,
        let previous = claims.last, previous.valueKind == .percent,
        previous.key.hasPrefix("percent-"), !previous.category.isEmpty,
        let end = lastFigureEnd, end <= first - 1, first - 1 - end <= 5,
        (end..<(first - 1)).allSatisfy({
          tokens[$0].isPunctuation(",") || Self.sinceWords.contains(tokens[$0].lower)
            || ["percent", "%"].contains(tokens[$0].lower)
        })
      {
        let noun = Self.singular(previous.category)
        claims.append(
          mention(
            key: "count-" + noun, measure: "count", category: noun, valueKind: .count,
            value: quantity.value, valueMax: quantity.valueMax, unit: noun, place: previous.place,
            support: quantity.support, hard: quantity.hard,
            range: (first - 1)..<quantity.tokens.upperBound, figure: quantity.tokens,
            approximated: quantity.approximated, approximate: false, day: nil, paragraph,
            sentence, context))
        continue
      }
      if let claim = quantityClaim(
        quantity, paragraph, sentence, context, previousCategory: &previousCategory,
        previousMeasure: &previousMeasure)
      {
        // A figure already read the change ("Consumer prices rose 8.4 percent").
        if claim.measure == "price-change" || claim.valueKind == .percent
          || claim.measure == "money"
        {
          priceMentioned = true
        }
        if fromTo, let previous = claims.indices.last, claims[previous].valueKind == .percent {
          claims[previous].key = claim.key + "-earlier"
        }
        var claim = claim
        // "economists had forecast 150,000 new jobs": an expected count is a slot of its own.
        if claim.valueKind == .count,
          (max(sentence.lowerBound, first - 3)..<first).contains(where: {
            Self.forecastVerbs.contains(tokens[$0].lower)
          })
        {
          claim.key += "-forecast"
        }
        // "300 oil-covered birds, of which around 90 have died": a part of the things counted
        // before, not of people.
        if first - 2 >= sentence.lowerBound, tokens[first - 1].lower == "which",
          tokens[first - 2].lower == "of", claim.measure != "count",
          let whole = claims.last, whole.measure == "count", !whole.category.isEmpty,
          whole.category != "people", lexicon.familyOf[whole.category] == nil,
          !mentions.isPersonNoun(whole.category + "s")
        {
          claim.key = claim.measure + "-" + whole.category
          claim.category = whole.category
          claim.unit = claim.key
        }
        claims.append(claim)
      }
    }
    claims += ratioClaims(paragraph, sentence, context, skip: priceMentioned)
    claims += singleDeaths(paragraph, sentence, context, used: used)
    for point in points {
      // "raised its main rate by half a percentage point to 6.25 percent": the change of the
      // nearest percentage's slot; with none in the sentence, the article's last (set by the
      // caller).
      let nearest = claims.filter { $0.valueKind == .percent }.min {
        abs($0.span.start - point.range.lowerBound) < abs($1.span.start - point.range.lowerBound)
      }
      let key = nearest.map { $0.key + "-change" } ?? Self.pointChangeKey
      claims.append(
        mention(
          key: key, measure: Self.pointChangeKey, category: "", valueKind: .percent,
          value: point.value, valueMax: nil, unit: "percentage-points", place: nil,
          support: .exactly(point.value), hard: .exactly(point.value), range: point.range,
          figure: point.range, approximated: false, approximate: false, day: nil, paragraph,
          sentence, context))
    }
    let figures = claims
    claims += eventClaims(paragraph, sentence, context, dates: dates).filter { event in
      guard let entry = lexicon.events.first(where: { $0.key == event.key }), entry.yieldsToCount
      else { return true }
      return !figures.contains { figure in
        entry.objectWords.contains { figure.key.hasSuffix("-" + Self.singular($0)) }
      }
    }
    return claims
  }

  // MARK: - Figures

  private func quantityClaim(
    _ quantity: Quantity, _ paragraph: Int, _ sentence: Range<Int>, _ context: Context,
    previousCategory: inout String?, previousMeasure: inout ClaimLexicon.Measure?
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let after = quantity.tokens.upperBound
    if quantity.isPercent {
      return percentClaim(quantity, paragraph, sentence, context)
    }
    if let claim = ageClaim(quantity, paragraph, sentence, context) { return claim }
    // "passed by 31 votes to 18": the votes for, then the votes against.
    let first = quantity.tokens.lowerBound
    if after + 2 < sentence.upperBound, ["votes", "vote"].contains(tokens[after].lower),
      tokens[after + 1].lower == "to", tokens[after + 2].kind == .number
    {
      return figureMention(
        key: "votes-for", measure: "votes", category: "for", unit: "votes", quantity,
        range: first..<(after + 1), paragraph, sentence, context)
    }
    if first - 2 >= sentence.lowerBound, tokens[first - 1].lower == "to",
      ["votes", "vote"].contains(tokens[first - 2].lower), first - 3 >= sentence.lowerBound,
      tokens[first - 3].kind == .number
    {
      return figureMention(
        key: "votes-against", measure: "votes", category: "against", unit: "votes", quantity,
        range: (first - 1)..<after, paragraph, sentence, context)
    }
    if after < sentence.upperBound, let unit = lexicon.durationUnits[tokens[after].lower] {
      return durationClaim(quantity, unit: unit, paragraph, sentence, context)
    }
    // "a 48-hour strike", "a further 72-hour walkout": how long the noun after it lasts.
    if let (_, unit) = QuantityReader.adjectivalPeriod(tokens[after - 1]),
      after < sentence.upperBound, tokens[after].kind == .word, !tokens[after].isCapitalised,
      !Self.stopWords.contains(tokens[after].lower)
    {
      // ("a two-day rail strike": the head of the compound.)
      var head = after
      while head + 1 < min(sentence.upperBound, after + 3), tokens[head + 1].kind == .word,
        !tokens[head + 1].isCapitalised, !Self.stopWords.contains(tokens[head + 1].lower),
        !tokens[head + 1].lower.hasSuffix("ed"), !tokens[head + 1].lower.hasSuffix("ly"),
        !SubjectFinder.skipped.contains(tokens[head + 1].lower),
        !tokens[head + 1].lower.hasSuffix("s"),
        !QuoteExtractor.irregularPast.contains(tokens[head + 1].lower)
      {
        head += 1
      }
      let noun = Self.singular(tokens[head].lower)
      return figureMention(
        key: "duration-" + noun, measure: "duration", category: noun, valueKind: .duration,
        unit: unit, quantity, range: quantity.tokens.lowerBound..<(head + 1), paragraph,
        sentence, context)
    }
    if let currency = currency(tokens, quantity, sentence) {
      return moneyClaim(quantity, currency: currency, paragraph, sentence, context)
    }
    if let claim = concentrationClaim(quantity, paragraph, sentence, context) { return claim }
    if let claim = lengthClaim(quantity, paragraph, sentence, context) { return claim }
    // A length of nothing the lexicon knows is no count ("trapped 300 metres from the exit").
    if after < sentence.upperBound, lexicon.lengthUnits[tokens[after].lower] != nil,
      speedUnit(tokens, at: after, end: sentence.upperBound) == nil
    {
      return nil
    }
    if let (unit, length) = speedUnit(tokens, at: after, end: sentence.upperBound) {
      // "travelling at 110 km/h".
      // "limited to 60 km/h" is the limit, not the speed.
      let limited =
        (max(
          sentence.lowerBound, quantity.tokens.lowerBound - 3)..<quantity.tokens
        .lowerBound).contains { ["limit", "limited"].contains(tokens[$0].lower) }
      let key = limited ? "speed-limit" : "speed"
      return figureMention(
        key: key, measure: key, category: "", unit: unit, quantity,
        range: quantity.tokens.lowerBound..<(after + length), paragraph, sentence, context)
    }
    if let (party, end) = seats(tokens, quantity, sentence) {
      // "Renewal won 64 seats", "gave the Union of Democrats 57": seats, keyed by who holds them.
      return figureMention(
        key: "seats-" + party, measure: "seats", category: party, unit: "seats", quantity,
        range: quantity.tokens.lowerBound..<end, paragraph, sentence, context)
    }
    if let (measure, at) = measureBefore(tokens, quantity.tokens.lowerBound, sentence) {
      // "a magnitude 6.1 earthquake", "the death toll rose to 58".
      // ("Cases have risen to 1,312": a measure of people counts people, as a toll does.)
      let counted = lexicon.measures.contains { $0.name == measure && $0.kind == .cumulative }
      let category = counted ? (previousCategory ?? "people") : ""
      let family = category.isEmpty ? "" : lexicon.familyOf[category] ?? category
      let key = family.isEmpty ? measure : measure + "-" + family
      // ("… has risen to 23, including 14 soldiers": the parts are of this toll.)
      if let named = lexicon.measures.first(where: { $0.name == measure }) {
        previousMeasure = named
      }
      return figureMention(
        key: key, measure: measure, category: category, unit: key, quantity,
        range: at..<quantity.tokens.upperBound, paragraph, sentence, context)
    }
    if let claim = bareFigureOfSubject(quantity, paragraph, sentence, context) { return claim }
    // The noun phrase after the figure: its category and, when it is itself a measure
    // ("1,000 deaths", "350 injured"), the measure.
    var category: String?
    var headMeasure: ClaimLexicon.Measure?
    var approximate = false
    var position = after
    var phraseEnd = after
    var unknownHead: String?
    var nationality: String?
    var partOf = false
    // "brought 26 of the 32 miners trapped … to the surface": a part of a whole counted after it.
    var partOfWhole = false
    var partitiveMeasure: ClaimLexicon.Measure?
    let limit = min(sentence.upperBound, after + 7)
    // "in at least four towns", "teams from 12 countries", "three camps", "2.4 million patient
    // records": places and records are their own count at any size, whatever the clause's
    // measure.
    // ("the four provinces" refers back to places already counted.)
    let definite =
      quantity.tokens.lowerBound > sentence.lowerBound
      && tokens[quantity.tokens.lowerBound - 1].lower == "the"
    // "the personal data of 2.3 million patients": records of people, not patients treated.
    if quantity.tokens.lowerBound - 2 >= sentence.lowerBound,
      tokens[quantity.tokens.lowerBound - 1].lower == "of",
      Self.recordNouns.contains(tokens[quantity.tokens.lowerBound - 2].lower)
    {
      return figureMention(
        key: "count-record", measure: "count", category: "record", unit: "record", quantity,
        range: (quantity.tokens.lowerBound - 2)..<max(after, quantity.tokens.upperBound),
        paragraph, sentence, context)
    }
    // ("two other provinces", "three more cities" count only some of the places.)
    let relative = after < limit && ["other", "more", "further"].contains(tokens[after].lower)
    if !definite, !relative,
      let place = (after..<min(limit, after + 2)).first(where: {
        lexicon.placeNouns.contains(tokens[$0].lower)
      }),
      place == after
        || tokens[after].kind == .word && !tokens[after].isCapitalised
          && !Self.stopWords.contains(tokens[after].lower)
    {
      let noun = Self.singular(tokens[place].lower)
      return figureMention(
        key: "count-" + noun, measure: "count", category: noun, unit: noun, quantity,
        range: quantity.tokens.lowerBound..<(place + 1), paragraph, sentence, context)
    }
    var phraseStart = after
    while position < limit {
      let token = tokens[position]
      if DocumentText.isMark(token) {
        position += 1
        continue
      }
      // "40 Ardavian soldiers": a nationality qualifies the group; "14 Ardavian and nine
      // Kelskan soldiers": the noun after the last one is each figure's.
      if position <= after + 1, token.isCapitalised, isNationality(token.text),
        position + 1 < limit
      {
        let next = tokens[position + 1]
        if next.kind == .word, !next.isCapitalised, !Self.stopWords.contains(next.lower) {
          nationality = token.lower
          position += 1
          continue
        }
        if next.lower == "and", position + 2 < min(limit - 1, position + 6),
          let other = (position + 2..<min(limit - 1, position + 6)).first(where: {
            tokens[$0].isCapitalised && isNationality(tokens[$0].text)
              && tokens[$0 + 1].kind == .word && !tokens[$0 + 1].isCapitalised
          })
        {
          nationality = token.lower
          position = other + 1
          continue
        }
      }
      if position == after, let measure = measureAfterAuxiliary(tokens, at: position, end: limit) {
        // A bare figure as the subject: "43 were hurt", "nine have died".
        headMeasure = measure
        phraseEnd = after
        break
      }
      if position == after, let (measure, end) = partitive(tokens, at: after, end: limit) {
        // "Three of the dead were volunteer firefighters": a part of a measure, and its group;
        // "Eleven of the rescued miners were taken to hospital": the predicate's measure wins.
        partitiveMeasure = measure
        phraseEnd = end
        partOf = true
        if let length = lexicon.categoryWords.match(at: end, in: tokens, end: sentence.upperBound) {
          let phrase = tokens[end..<(end + length)].map(\.lower).joined(separator: " ")
          category = lexicon.categoryOfPhrase[phrase]
          phraseEnd = end + length
        } else {
          category = predicateGroup(tokens, at: end, sentence)
        }
        break
      }
      if position == after, tokens[after].lower == "of", after + 2 < limit {
        if ["them", "those", "whom"].contains(tokens[after + 1].lower) {
          // "brought 18 of them to the surface", "31 people, 12 of whom were taken to
          // hospital": the group of the figure before.
          category = previousCategory ?? "people"
          phraseEnd = after + 2
          break
        }
        if Self.partitiveDeterminers.contains(tokens[after + 1].lower),
          tokens[after + 2].kind == .number
        {
          // "26 of the 32 miners", "four of its nine shops": the noun after the whole is the
          // part's too.
          position = after + 3
          partOfWhole = true
          continue
        }
        if ["the", "those"].contains(tokens[after + 1].lower), after + 3 < limit,
          lexicon.measures.contains(where: {
            $0.approximate.match(at: after + 2, in: tokens, end: limit) == 1
          }), modifiesNoun(tokens, at: after + 3, end: limit)
        {
          // "38,000 of the affected cars": the noun after the adjective is the part's too.
          position = after + 3
          phraseStart = position
          partOfWhole = true
          continue
        }
      }
      if let length = lexicon.categoryWords.match(at: position, in: tokens, end: limit) {
        let phrase = tokens[position..<(position + length)].map(\.lower).joined(separator: " ")
        category = lexicon.categoryOfPhrase[phrase]
        phraseEnd = position + length
        break
      }
      if let measure = lexicon.measures.first(where: {
        $0.triggers.match(at: position, in: tokens, end: limit) != nil
      }) {
        if position <= after + 1 {
          headMeasure = measure
          approximate = measure.approximate.match(at: position, in: tokens, end: limit) != nil
          phraseEnd = position + 1
        }
        break
      }
      if token.kind != .word
        || Self.stopWords.contains(token.lower) && token.lower != "of"
          && token.lower != "the"
      {
        break
      }
      // Adverbs and names end the phrase; it holds at most two words of its own.
      if token.lower.hasSuffix("ly") || token.isCapitalised || position >= phraseStart + 3 {
        break
      }
      if token.kind == .word, !["of", "the", "a", "an"].contains(token.lower) {
        unknownHead = token.lower
        phraseEnd = position + 1
        // A plural noun ends the phrase: "passengers remain" is a noun and its verb ("aircraft
        // dropped" too).
        if token.lower.count > 3 && token.lower.hasSuffix("s") && !token.lower.hasSuffix("ss")
          || lexicon.anySizeCountNouns.contains(token.lower)
        {
          break
        }
      }
      position += 1
    }
    var countNoun: String?
    var damage: String?
    // "at 14 hospitals", "three emergency departments": things, never a measure of people found
    // elsewhere in the clause ("forcing staff to cancel", "are now affected").
    var countsThings = unknownHead.map { lexicon.anySizeCountNouns.contains($0) } ?? false
    if category == nil, headMeasure == nil, let head = unknownHead, !token(head, isTimeWord: true) {
      category =
        mentions.isPersonNoun(head) && !countsThings ? head : nil
      if category == nil && lexicon.familyOf[head] == nil {
        damage = damageVerb(tokens, quantity.tokens, phraseEnd: phraseEnd, sentence)
        // ("eight aircraft": a plural without its "s".)
        if let minimum = lexicon.countNounMinimum,
          head.hasSuffix("s") || lexicon.anySizeCountNouns.contains(head),
          damage != nil || (quantity.value ?? quantity.support.lo) >= minimum
            || lexicon.anySizeCountNouns.contains(head)
        {
          // "15 million households"; "destroyed 86 homes" and "at 14 hospitals" at any size.
          let noun = Self.singular(head)
          countNoun = lexicon.countSynonyms[noun] ?? noun
          // "1,800 job cuts", "2,000 redundancies": jobs cut, the slot "cut 1,800 jobs" fills.
          if ["layoff", "redundancy"].contains(noun)
            || ["cut", "loss"].contains(noun) && phraseEnd >= 2
              && tokens[phraseEnd - 2].lower == "job"
          {
            countNoun = "job"
            damage = "cut"
          }
          // ("more than 2,000 operations": no people either, unless counted as people.)
          if countNoun != "people" { countsThings = true }
        }
        unknownHead = nil
      }
    }
    var countedWord: String?
    var numberStart: Int?
    if category == nil, headMeasure == nil,
      let (noun, measure, word, start) = numberOf(tokens, quantity, sentence)
    {
      // "put the number of strikers at 4,500".
      category = noun
      headMeasure = measure
      countedWord = word
      numberStart = start
    }
    if category == nil && headMeasure == nil && countNoun == nil && partitiveMeasure == nil {
      // "killing 40 people and injuring more than 300": the object is elided.
      var before = quantity.tokens.lowerBound - 1
      // "estimated the crowd at 85,000".
      if before > sentence.lowerBound, tokens[before].lower == "at" { before -= 1 }
      if before >= sentence.lowerBound,
        let measure = lexicon.measures.first(where: {
          $0.triggers.match(at: before, in: tokens, end: sentence.upperBound) != nil
        })
      {
        headMeasure = measure
        phraseEnd = quantity.tokens.upperBound
      } else {
        return nil
      }
    }
    // The measure: the head itself; else the one of the figure it is part of ("nine people,
    // including three firefighters"); else a trigger right before the figure, whose object it is
    // ("killed at least seven people"); else the nearest trigger in the clause.
    var measure = headMeasure
    var triggerRange: Range<Int>?
    let included = partOf || isInclusion(tokens, before: quantity.tokens.lowerBound, sentence)
    if measure == nil, included, let previousMeasure {
      measure = previousMeasure
    }
    let before = quantity.tokens.lowerBound - 1
    if measure == nil, !countsThings, before >= sentence.lowerBound {
      for measure_ in lexicon.measures {
        if let start = measure_.triggers.start(
          endingAt: before, in: tokens, from: sentence.lowerBound)
        {
          measure = measure_
          triggerRange = start..<(before + 1)
          approximate =
            measure_.approximate.match(at: start, in: tokens, end: sentence.upperBound) != nil
          break
        }
      }
    }
    // "Hospitals in the region admitted more than 900 people".
    if measure == nil, !countsThings, before >= sentence.lowerBound,
      let found = lexicon.measures.first(where: { candidate in
        candidate.contextVerbs.contains(tokens[before].lower)
          && sentence.contains { candidate.context.contains(tokens[$0].lower) }
      })
    {
      measure = found
      triggerRange = before..<(before + 1)
    }
    if measure == nil, !countsThings {
      if let (found, range, isApproximate) = nearestTrigger(
        tokens, from: quantity.tokens, phraseEnd: phraseEnd, sentence: sentence,
        pastTheWhole: partOfWhole)
      {
        measure = found
        triggerRange = range
        approximate = isApproximate
      }
    }
    // "1.2 million pupils were affected": an approximate trigger stands for a measure of people
    // in general; a group it names is counted, not hurt.
    if approximate, headMeasure == nil, let category, category != "people" {
      measure = nil
      triggerRange = nil
      approximate = false
    }
    if measure == nil, let partitiveMeasure { measure = partitiveMeasure }
    // "about 11,000 staff": the counted noun names the measure itself.
    if measure == nil, category != nil {
      measure = lexicon.measures.first { candidate in
        (after..<phraseEnd).contains {
          candidate.triggers.match(at: $0, in: tokens, end: phraseEnd) != nil
        }
      }
    }
    // "carried 14.8 million passengers": a large count of a group no measure names.
    if measure == nil, let category,
      let word = countedWord ?? (phraseEnd > after ? tokens[phraseEnd - 1].lower : nil),
      (quantity.value ?? quantity.support.lo) >= (lexicon.countNounMinimum ?? .infinity),
      lexicon.familyMeasures[lexicon.familyOf[category] ?? category] == nil
    {
      // ("40,000 residents" and "42,000 people" count the same people: `countNouns.synonyms`.)
      let noun = lexicon.countSynonyms[Self.singular(word)] ?? Self.singular(word)
      return figureMention(
        key: "count-" + noun, measure: "count", category: category, unit: noun, quantity,
        range: quantity.tokens.lowerBound..<phraseEnd, paragraph, sentence, context)
    }
    let resolvedCategory: String
    if let category {
      resolvedCategory = category
    } else if headMeasure != nil, let previousCategory {
      resolvedCategory = previousCategory  // "13 officers killed and more than 350 injured"
    } else {
      resolvedCategory = "people"
    }
    previousCategory = resolvedCategory
    if measure != nil { previousMeasure = measure }
    // A group named only as part of a figure ("including three firefighters") is its own slot,
    // not the total it is part of.
    // ("Among the dead were four children": a group of the total, named as a part of it.)
    // ("Eleven of the rescued miners were taken to hospital" are no part of those in hospital.)
    let part = included && !partOf || isAmong(tokens, after: phraseEnd, sentence)
    var family =
      lexicon.familyOf[resolvedCategory].map {
        $0 == "total" && part && resolvedCategory != "people" ? resolvedCategory : $0
      }
      ?? (mentions.hasPersonSuffix(resolvedCategory) && !included && !part
        ? "total" : resolvedCategory)
    // Where a category does not divide a measure (everyone evacuated is a resident), pool it.
    if let measure, measure.pooled.contains(family) { family = "total" }
    let measureName: String
    if let measure {
      measureName = measure.name
    } else if let familyMeasure = lexicon.familyMeasures[family] {
      measureName = familyMeasure
    } else if let noun = countNoun
      ?? ((quantity.value ?? quantity.support.lo) >= (lexicon.countNounMinimum ?? .infinity)
        && category != nil && lexicon.familyOf[resolvedCategory] == nil
        ? Self.singular(resolvedCategory) : nil)
    {
      // Damage ("destroyed 40 vehicles") qualifies a count read from its own head noun only.
      let kind = countNoun == nil ? "count" : damage ?? "count"
      let key = kind + "-" + noun
      return figureMention(
        key: key, measure: kind, category: noun, unit: noun, quantity,
        range: quantity.tokens.lowerBound..<phraseEnd, paragraph, sentence, context)
    } else {
      return nil
    }
    var key = measureName == family ? measureName : measureName + "-" + family
    // "12 of its troops" after "Ardavia's defence ministry said", "Kelsk said it had lost seven
    // soldiers": the owner the sentence opens with.
    if nationality == nil,
      (max(sentence.lowerBound, quantity.tokens.lowerBound - 1)..<max(after, phraseEnd)).contains(
        where: { ["its", "their"].contains(tokens[$0].lower) })
        || (quantity.tokens.lowerBound - 1 >= sentence.lowerBound
          && ["lost", "lose", "loses"].contains(tokens[quantity.tokens.lowerBound - 1].lower)
          && (max(
            sentence.lowerBound, quantity.tokens.lowerBound - 4)..<quantity.tokens
            .lowerBound).contains { ["it", "they"].contains(tokens[$0].lower) })
    {
      nationality = ownerCountry(tokens, sentence, context)
    }
    if let nationality { key += "-" + countryKey(nationality) }  // "deaths-troops-ardav"
    if isIncrement(tokens, quantity, sentence) {
      key += "-new"  // "four more people died": an increase, not the toll
    }
    if let rate = rate(tokens, at: max(phraseEnd, after), end: sentence.upperBound) {
      key += "-per-" + rate  // "1,500 passengers a day" is a rate, not a count
    }
    var range = quantity.tokens.lowerBound..<max(phraseEnd, quantity.tokens.upperBound)
    if let triggerRange {
      range =
        min(
          range.lowerBound, triggerRange.lowerBound)..<max(
          range.upperBound, triggerRange.upperBound)
    }
    if let numberStart { range = min(range.lowerBound, numberStart)..<range.upperBound }
    return mention(
      key: key, measure: measureName, category: resolvedCategory, valueKind: .count,
      value: quantity.value, valueMax: quantity.valueMax, unit: key, place: nil,
      support: quantity.support, hard: quantity.hard, range: range, figure: quantity.tokens,
      approximated: quantity.approximated, approximate: approximate, day: nil,
      paragraph, sentence, context)
  }

  /// The country a nationality or a country's name stands for, as a key: the lexicon's name
  /// ("Russian" → "russia"), else a stem shared by the name and its nationality ("Ardavia" and
  /// "Ardavian" → "ardav", "Kelsk" and "Kelskan" → "kelsk").
  private func countryKey(_ word: String) -> String {
    if let known = mentions.countries[word] { return known.name.lowercased() }
    let lower = word.lowercased()
    for suffix in ["ian", "ese", "ish", "an", "ia", "a"]
    where lower.hasSuffix(suffix) && lower.count - suffix.count >= 3 {
      return String(lower.dropLast(suffix.count))
    }
    return lower
  }

  /// The country a sentence opens with ("Ardavia's army said", "Kelsk said"), when the lexicon
  /// knows it, the article prints a nationality made from it, or its possessive owns a force or
  /// ministry ("Ardavia's defence ministry").
  private func ownerCountry(_ tokens: [Token], _ sentence: Range<Int>, _ context: Context)
    -> String?
  {
    guard let first = sentence.first, tokens[first].isCapitalised,
      !SubjectFinder.determiners.contains(tokens[first].lower)
    else { return nil }
    let bare = MentionParser.withoutPossessive(tokens[first].text)
    if mentions.countries[bare] != nil { return bare }
    let key = countryKey(bare)
    if context.nationalities.contains(where: { countryKey($0) == key }) { return bare }
    let possessive = bare != tokens[first].text
    let owned = (first + 1..<min(sentence.upperBound, first + 3)).contains {
      ["army", "military", "forces", "ministry", "government", "president", "navy"].contains(
        tokens[$0].lower)
    }
    return possessive && owned ? bare : nil
  }

  /// Whether a capitalised word is a nationality: one the lexicon knows ("Russian"), or one
  /// shaped like it ("Ardavian", "Kelskan", "Veskanese") that names no place or person.
  private func isNationality(_ word: String) -> Bool {
    if mentions.isDemonym(word) { return true }
    guard word.count >= 5, !mentions.isPlace(word), mentions.forenames[word] == nil,
      word.dropFirst().allSatisfy(\.isLowercase)
    else { return false }
    return ["ian", "an", "ese", "ish"].contains { word.hasSuffix($0) }
  }

  private func token(_ word: String, isTimeWord: Bool) -> Bool {
    [
      "years", "year", "days", "day", "weeks", "week", "months", "month", "hours", "times",
      "minutes",
      "decades", "percent", "km", "miles", "kilometres", "kilometers", "metres", "am", "pm",
      "degrees",
    ]
    .contains(word)
  }

  /// The measure a bare figure's verb names: an auxiliary, then (past adverbs and further
  /// auxiliaries) a trigger — "43 were hurt", "nine have now died".
  private func measureAfterAuxiliary(_ tokens: [Token], at position: Int, end: Int)
    -> ClaimLexicon.Measure?
  {
    guard Self.auxiliaries.contains(tokens[position].lower) else { return nil }
    var next = position + 1
    while next < min(end, position + 5) {
      let word = tokens[next].lower
      if let measure = lexicon.measures.first(where: {
        $0.triggers.match(at: next, in: tokens, end: end) != nil
      }) {
        return measure
      }
      // "nine remain in a serious condition".
      guard
        Self.auxiliaries.contains(word) || word.hasSuffix("ly") || Self.fillers.contains(word)
          || ["in", "a", "an"].contains(word)
      else { return nil }
      next += 1
    }
    return nil
  }

  /// What an increase is brought to: "the total", "its strength".
  static let totalNouns: Set<String> = ["total", "strength", "tally", "headcount", "number"]
  /// Words of time between a change and the level it reached: "fell 12 percent last year to".
  static let sinceWords: Set<String> = [
    "last", "this", "year", "month", "week", "quarter", "on", "the", "a", "in", "previous",
    "earlier", "before", "from", "over",
  ]

  /// Verbs that bring an increase to a new total: "bringing the total to 470".
  static let totalVerbs: Set<String> = [
    "bringing", "brings", "brought", "taking", "takes", "took", "raising", "raises", "raised",
    "pushing", "pushes", "pushed", "lifting", "lifts", "lifted",
  ]

  /// Whether a figure counts an increase: "four more people", "another 12", "a further 30".
  private func isIncrement(_ tokens: [Token], _ quantity: Quantity, _ sentence: Range<Int>)
    -> Bool
  {
    let after = quantity.tokens.upperBound
    if after < sentence.upperBound,
      ["more", "additional", "further", "new"].contains(
        tokens[after].lower)
    {
      return true
    }
    let before = quantity.tokens.lowerBound - 1
    return before >= sentence.lowerBound
      && ["another", "further", "additional"].contains(tokens[before].lower)
  }

  /// The period of a rate after a figure's noun phrase: "a day", "per week", "daily".
  private func rate(_ tokens: [Token], at position: Int, end: Int) -> String? {
    guard position < end else { return nil }
    let first = tokens[position].lower
    if let period = ["daily": "day", "weekly": "week", "monthly": "month", "annually": "year"][
      first]
    {
      return period
    }
    guard ["a", "an", "per", "each", "every"].contains(first), position + 1 < end else {
      return nil
    }
    let period = tokens[position + 1].lower
    // "a day earlier", "a week ago": when, not how often.
    if position + 2 < end,
      ["earlier", "later", "before", "ago", "after", "previously"].contains(
        tokens[position + 2].lower)
    {
      return nil
    }
    return ["day", "week", "month", "year", "hour"].contains(period) ? period : nil
  }

  /// Seats a figure counts and the party (or "total") holding them: "won 64 seats", "won 64 of
  /// parliament's 150 seats", "gave Renewal 64 seats and the Union of Democrats 57".
  private func seats(_ tokens: [Token], _ quantity: Quantity, _ sentence: Range<Int>)
    -> (String, Int)?
  {
    let first = quantity.tokens.lowerBound
    let after = quantity.tokens.upperBound
    let mentionsSeats = sentence.contains { ["seats", "seat"].contains(tokens[$0].lower) }
    guard mentionsSeats, !quantity.isPercent else { return nil }
    var end: Int?
    if after < sentence.upperBound, ["seats", "seat"].contains(tokens[after].lower) {
      end = after + 1
    } else if after < sentence.upperBound, tokens[after].lower == "of",
      let seat = (after..<min(sentence.upperBound, after + 5)).first(where: {
        ["seats", "seat"].contains(tokens[$0].lower)
      })
    {
      end = seat + 1
    }
    // "parliament's 150 seats", "of the 150 seats": the whole chamber.
    if end != nil, first > sentence.lowerBound,
      tokens[first - 1].text.hasSuffix("'s") || tokens[first - 1].text.hasSuffix("’s")
        || (tokens[first - 1].lower == "the" && first >= 2 && tokens[first - 2].lower == "of")
    {
      return ("total", end ?? after)
    }
    // The party: a name right before the figure, else the subject of the verb before it.
    var position = first - 1
    if end == nil {
      guard position >= sentence.lowerBound, tokens[position].isCapitalised else { return nil }
    } else {
      var skipped = 0
      while position >= sentence.lowerBound && !tokens[position].isCapitalised && skipped < 3
        && tokens[position].kind == .word
      {
        position -= 1
        skipped += 1
      }
    }
    guard position >= sentence.lowerBound, tokens[position].isCapitalised,
      let party = partyName(tokens, endingAt: position, sentence)
    else { return nil }
    return (party, end ?? after)
  }

  /// A party's name ending at `position` ("Renewal Party", "the Union of Democrats"), as a key.
  private func partyName(_ tokens: [Token], endingAt position: Int, _ sentence: Range<Int>)
    -> String?
  {
    var start = position
    while start - 1 >= sentence.lowerBound
      && (tokens[start - 1].isCapitalised
        || (["of", "and", "for"].contains(tokens[start - 1].lower)
          && start - 2 >= sentence.lowerBound
          && tokens[start - 2].isCapitalised))
    {
      start -= 1
    }
    var words = tokens[start...position].map { MentionParser.withoutPossessive($0.text) }
    if words.first?.lowercased() == "the" { words.removeFirst() }
    if words.count > 1, words.last == "Party" { words.removeLast() }
    guard !words.isEmpty, !CalendarWords.words.contains(words[0].lowercased()) else { return nil }
    return words.joined(separator: "-").lowercased()
  }

  /// A temperature — "46.3C", "46.3 °C", "46.3 degrees (Celsius)", "115F" — in degrees Celsius,
  /// keyed apart when it is a forecast, an earlier record, or a low.
  private func temperature(at index: Int, in tokens: [Token], sentence: Range<Int>)
    -> (Quantity, String)?
  {
    let end = sentence.upperBound
    let token = tokens[index]
    var number: Double?
    var fahrenheit = false
    var next = index + 1
    if token.kind == .word, let first = token.text.first, first.isNumber {
      // "46.3C", "115°F": the number and its scale in one word.
      let digits = token.text.prefix { $0.isNumber || $0 == "." || $0 == "," }
      let scale = token.text.dropFirst(digits.count)
      guard Self.celsius.contains(String(scale)) || Self.fahrenheit.contains(String(scale))
      else { return nil }
      number = QuantityReader.parseNumber(String(digits))
      fahrenheit = Self.fahrenheit.contains(String(scale))
    } else if token.kind == .number, next < end {
      let unit = tokens[next].text
      if Self.celsius.contains(unit) && unit.hasPrefix("°") || unit == "ºC" {
        next += 1
      } else if Self.fahrenheit.contains(unit) && unit.hasPrefix("°") || unit == "ºF" {
        fahrenheit = true
        next += 1
      } else if ["degrees", "degree"].contains(tokens[next].lower) {
        next += 1
        if next < end, ["celsius", "centigrade", "c"].contains(tokens[next].lower) {
          next += 1
        } else if next < end, ["fahrenheit", "f"].contains(tokens[next].lower) {
          fahrenheit = true
          next += 1
        } else if !sentence.contains(where: { Self.heatWords.contains(tokens[$0].lower) }) {
          return nil  // "turned 180 degrees"
        }
      } else {
        return nil
      }
      number = QuantityReader.parseNumber(token.text)
    }
    guard var value = number else { return nil }
    var start = index
    if index > sentence.lowerBound, ["-", "minus", "−"].contains(tokens[index - 1].lower),
      tokens[index - 1].lower == "minus" || !token.spaceBefore
    {
      value = -value
      start = index - 1
    }
    if fahrenheit { value = ((value - 32) * 5 / 9 * 10).rounded() / 10 }
    let (modifier, modifierStart) = QuantityReader.modifier(before: start, in: tokens)
    let (support, hard) = QuantityReader.intervalsOf(value, modifier: modifier)
    let before = tokens[max(sentence.lowerBound, modifierStart - 6)..<modifierStart].map(\.lower)
    let key: String
    if before.contains("record"),
      before.contains(where: { ["previous", "old", "former", "earlier", "last"].contains($0) })
    {
      key = "temperature-previous-record"
    } else if sentence.contains(where: { Self.forecastWords.contains(tokens[$0].lower) }) {
      key = "temperature-forecast"
    } else if before.contains(where: { ["low", "lows", "minimum", "overnight"].contains($0) }) {
      key = "temperature-low"
    } else {
      key = "temperature"
    }
    let quantity = Quantity(
      tokens: min(start, modifierStart)..<next, value: value, valueMax: nil, support: support,
      hard: hard, approximated: modifier == .about || modifier == .nearly, isPercent: false)
    return (quantity, key)
  }

  private static let celsius: Set<String> = ["C", "°C", "ºC", "°"]
  private static let fahrenheit: Set<String> = ["F", "°F", "ºF"]
  private static let heatWords: Set<String> = [
    "temperature", "temperatures", "heat", "heatwave", "hot", "hottest", "warm", "warmest",
    "cold", "coldest", "record", "thermometer", "thermometers", "mercury", "frost", "freezing",
  ]
  private static let forecastWords: Set<String> = [
    "expected", "forecast", "forecasts", "predicted", "predict", "predicts", "will", "could",
  ]

  /// A speed unit after a figure: `km/h`, `kph`, `mph`, "kilometres per hour", "miles an hour".
  private func speedUnit(_ tokens: [Token], at position: Int, end: Int) -> (String, Int)? {
    guard position < end else { return nil }
    func word(_ offset: Int) -> String {
      position + offset < end ? tokens[position + offset].lower : ""
    }
    switch word(0) {
    case "kph", "kmh": return ("km/h", 1)
    case "mph": return ("mph", 1)
    case "km" where word(1) == "/" && word(2) == "h": return ("km/h", 3)
    // One condition for all three words: a `where` clause binds only the last pattern of a case.
    case "kilometres", "kilometers", "miles":
      guard ["per", "an"].contains(word(1)), word(2) == "hour" else { return nil }
      return (word(0) == "miles" ? "mph" : "km/h", 3)
    default: return nil
    }
  }

  /// Adverbs between a percentage's subject and its linking words.
  static let linkingAdverbs: Set<String> = [
    "already", "still", "now", "currently", "then", "again", "just", "only", "meanwhile",
    "however", "also",
  ]

  /// Words that can open a figure's phrase after "and" ("and at least 30", "and some 40").
  static let figureOpeners: Set<String> = [
    "at", "more", "less", "fewer", "about", "around", "nearly", "almost", "some", "over", "under",
    "up", "roughly", "approximately", "another", "as", "than", "the", "a", "an", "dozens",
    "hundreds", "thousands", "scores", "several", "many", "just", "only", "perhaps", "possibly",
    "an estimated", "estimated",
  ]

  /// Words before "inflation" that leave it the overall rate ("annual inflation").
  static let plainInflation: Set<String> = [
    "annual", "headline", "overall", "consumer", "price", "year-on-year", "monthly", "national",
    "official", "current",
  ]
  /// Inflation rates of their own ("core inflation"); other qualifiers are goods whose price
  /// changed ("food inflation").
  static let inflationMeasures: Set<String> = ["core", "underlying", "services", "goods"]
  /// Verbs that set a goal for a rate ("targets inflation of 2%").
  static let targetVerbs: Set<String> = ["targets", "target", "targeting", "targeted", "aims"]

  /// Determiners of the whole in "26 of the 32 miners", "four of its nine shops".
  static let partitiveDeterminers: Set<String> = ["the", "its", "their", "his", "her", "our"]

  static let auxiliaries: Set<String> = [
    "was", "were", "are", "is", "have", "has", "had", "been", "be", "remain", "remained",
    "remains",
  ]

  /// Words that may stand between an auxiliary and its participle.
  static let fillers: Set<String> = ["now", "also", "since", "all", "reportedly", "not", "still"]

  /// Function words that end a noun phrase.
  static let stopWords: Set<String> = [
    "and", "or", "but", "who", "whom", "which", "that", "were", "was", "are", "is", "had", "have",
    "has", "been", "in", "on", "at", "from", "after", "with", "by", "since", "to", "as",
    "because", "for", "into", "during", "before", "than", "they", "it", "he", "she", "we",
  ]

  /// The damage a count of things suffered, when a damage verb governs it: right before the
  /// figure ("destroyed at least 80 homes") or within three words after its noun ("86 homes were
  /// destroyed").
  private func damageVerb(
    _ tokens: [Token], _ figure: Range<Int>, phraseEnd: Int, _ sentence: Range<Int>
  ) -> String? {
    // "closed all nine of its shops".
    let verbEnd =
      figure.lowerBound - 1
      - (figure.lowerBound > sentence.lowerBound && tokens[figure.lowerBound - 1].lower == "all"
        ? 1 : 0)
    for (key, verbs) in lexicon.damageVerbs {
      if verbs.start(endingAt: verbEnd, in: tokens, from: sentence.lowerBound) != nil {
        return key
      }
      // After the noun, only through auxiliaries: "and destroyed 86 homes" is another figure's.
      var position = phraseEnd
      while position < min(sentence.upperBound, phraseEnd + 3) {
        if verbs.match(at: position, in: tokens, end: sentence.upperBound) != nil { return key }
        guard Self.auxiliaries.contains(tokens[position].lower) else { break }
        position += 1
      }
    }
    return nil
  }

  /// "of the dead", "of those injured": a measure the figure is a part of, and where it ends.
  private func partitive(_ tokens: [Token], at position: Int, end: Int) -> (
    ClaimLexicon.Measure, Int
  )? {
    guard position + 2 < end, tokens[position].lower == "of",
      ["the", "those"].contains(tokens[position + 1].lower)
    else { return nil }
    for measure in lexicon.measures {
      if let length = measure.triggers.match(at: position + 2, in: tokens, end: end) {
        if measure.approximate.match(at: position + 2, in: tokens, end: end) != nil,
          modifiesNoun(tokens, at: position + 2 + length, end: end)
        {
          return nil
        }
        return (measure, position + 2 + length)
      }
    }
    return nil
  }

  /// Whether an approximate trigger ending before `position` describes the noun after it ("the
  /// affected cars", "affected districts"): an adjective there, no measure of people.
  private func modifiesNoun(_ tokens: [Token], at position: Int, end: Int) -> Bool {
    guard position < end else { return false }
    let next = tokens[position]
    return next.kind == .word && !next.isCapitalised && next.lower != "people"
      && !Self.stopWords.contains(next.lower) && !Self.auxiliaries.contains(next.lower)
      && !next.lower.hasSuffix("ly")
  }

  /// The group a predicate names: "… were volunteer firefighters" → "firefighters".
  private func predicateGroup(_ tokens: [Token], at position: Int, _ sentence: Range<Int>)
    -> String?
  {
    guard position + 1 < sentence.upperBound, Self.auxiliaries.contains(tokens[position].lower)
    else { return nil }
    var index = position + 1
    while index < min(sentence.upperBound, position + 4) {
      if let length = lexicon.categoryWords.match(at: index, in: tokens, end: sentence.upperBound) {
        let phrase = tokens[index..<(index + length)].map(\.lower).joined(separator: " ")
        return lexicon.categoryOfPhrase[phrase]
      }
      let word = tokens[index].lower
      guard tokens[index].kind == .word, !Self.stopWords.contains(word) else { return nil }
      if mentions.isPersonNoun(word) {
        return word
      }
      index += 1
    }
    return nil
  }

  /// Whether the figure starting at `start` is part of an earlier one: "including three",
  /// "among them two children", "of whom 12".
  private func isInclusion(_ tokens: [Token], before start: Int, _ sentence: Range<Int>) -> Bool {
    let one = start - 1
    guard one >= sentence.lowerBound else { return false }
    if ["including", "includes", "include", "included"].contains(tokens[one].lower) {
      return true
    }
    // "including 14 Ardavian and nine Kelskan soldiers": the next part of the same list.
    if ["and", ","].contains(tokens[one].lower),
      let previous = (max(sentence.lowerBound, one - 4)..<one).last(where: {
        tokens[$0].kind == .number || QuantityReader.parseNumber(tokens[$0].lower) != nil
      }),
      previous - 1 >= sentence.lowerBound,
      ["including", "includes", "include", "included"].contains(tokens[previous - 1].lower)
    {
      return true
    }
    guard one - 1 >= sentence.lowerBound else { return false }
    // "Among the dead were four children".
    if ["were", "are"].contains(tokens[one].lower), tokens[sentence.lowerBound].lower == "among" {
      return true
    }
    return ["among", "of"].contains(tokens[one - 1].lower)
      && ["them", "whom", "those"].contains(tokens[one].lower)
  }

  /// Whether the figure's phrase ending at `end` is followed by "were among the …": "Four
  /// children were among the dead".
  private func isAmong(_ tokens: [Token], after end: Int, _ sentence: Range<Int>) -> Bool {
    end + 2 < sentence.upperBound && ["were", "are"].contains(tokens[end].lower)
      && tokens[end + 1].lower == "among" && tokens[end + 2].lower == "the"
  }

  /// The measure trigger nearest the figure: after its noun phrase first, then before it.
  ///
  /// For a part of a whole (`pastTheWhole`: "26 of the 32 miners trapped … to the surface"), a
  /// trigger right after the whole's noun is the whole's; a later one in the clause is the part's.
  private func nearestTrigger(
    _ tokens: [Token], from figure: Range<Int>, phraseEnd: Int, sentence: Range<Int>,
    pastTheWhole: Bool = false
  ) -> (ClaimLexicon.Measure, Range<Int>, Bool)? {
    func trigger(at position: Int) -> (ClaimLexicon.Measure, Int, Bool)? {
      for measure in lexicon.measures {
        if let length = measure.triggers.match(at: position, in: tokens, end: sentence.upperBound) {
          let approximate =
            measure.approximate.match(at: position, in: tokens, end: sentence.upperBound) != nil
          if approximate,
            modifiesNoun(tokens, at: position + length, end: sentence.upperBound)
          {
            return nil
          }
          return (measure, length, approximate)
        }
      }
      return nil
    }
    var position = max(phraseEnd, figure.upperBound)
    var wholes: (ClaimLexicon.Measure, Range<Int>, Bool)?
    while position < min(sentence.upperBound, phraseEnd + (pastTheWhole ? 14 : 9)) {
      if tokens[position].isPunctuation(";") { break }
      // "About 1,100 appointments were cancelled, and patients are …": another clause.
      if tokens[position].isPunctuation(","), position + 1 < sentence.upperBound,
        ["and", "but"].contains(tokens[position + 1].lower)
      {
        break
      }
      // "300 passengers, of whom 12 died": the verb is the part's, not the whole's.
      if tokens[position].isPunctuation(","), position + 2 < sentence.upperBound,
        tokens[position + 1].lower == "of", ["whom", "which"].contains(tokens[position + 2].lower)
      {
        break
      }
      if let (measure, length, approximate) = trigger(at: position) {
        if pastTheWhole, wholes == nil, position == phraseEnd {
          wholes = (measure, position..<(position + length), approximate)
          position += length
          continue
        }
        return (measure, position..<(position + length), approximate)
      }
      position += 1
    }
    if let wholes { return wholes }
    position = figure.lowerBound - 1
    while position >= max(sentence.lowerBound, figure.lowerBound - 10) {
      if tokens[position].isPunctuation(";") { break }
      if let (measure, length, approximate) = trigger(at: position) {
        return (measure, position..<(position + length), approximate)
      }
      // "killed seven people and forced 12,000 to …", "… and left 200,000 homes without power":
      // a verb of its own after "and" starts a new clause ("and three civilians" does not).
      if tokens[position].lower == "and", position + 1 < figure.lowerBound,
        tokens[position + 1].kind == .word, !tokens[position + 1].isCapitalised,
        !Self.figureOpeners.contains(tokens[position + 1].lower)
      {
        break
      }
      position -= 1
    }
    return nil
  }

  private func percentClaim(
    _ quantity: Quantity, _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    func percent(_ subject: String, from start: Int) -> ClaimMention {
      figureMention(
        key: "percent-" + subject, measure: "percent", category: subject, valueKind: .percent,
        unit: "percent", quantity, range: start..<quantity.tokens.upperBound, paragraph, sentence,
        context)
    }
    // "raised its main interest rate … to 6.25 percent": what the verb changed.
    if let (subject, start) = objectOfChange(tokens, before: quantity.tokens.lowerBound, sentence) {
      return percent(subject, from: start)
    }
    // "the government has offered 4.5 percent", "the offer of a 4.5 percent rise", "the union
    // wants 9 percent": the two sides of a bargain, each a slot of its own.
    var bargain = quantity.tokens.lowerBound - 1
    while bargain > sentence.lowerBound, bargain >= quantity.tokens.lowerBound - 4,
      ["a", "an", "of", "for", "about", "around", "roughly", "nearly", "almost", "just"].contains(
        tokens[bargain].lower)
    {
      bargain -= 1
    }
    if bargain >= sentence.lowerBound, let side = Self.bargainSides[tokens[bargain].lower] {
      return percent(side, from: bargain)
    }
    // The price noun nearest the figure is the one that changed.
    let prices = sentence.filter {
      lexicon.priceNouns.match(at: $0, in: tokens, end: sentence.upperBound) != nil
    }
    let figure = quantity.tokens.lowerBound
    // ("Hotel occupancy averaged 74%, …, and average room rates rose 6%": a price in a clause
    // with a subject of its own is not what the figure measures; "prices have fallen …, and
    // are 3.1 percent lower" shares its subject.)
    func sameClause(_ price: Int) -> Bool {
      let between = price < figure ? (price + 1)..<figure : (figure + 1)..<price
      return !between.contains { index in
        tokens[index].isPunctuation(",") && index + 2 < sentence.upperBound
          && ["and", "but", "while", "whereas"].contains(tokens[index + 1].lower)
          && !Self.auxiliaries.contains(tokens[index + 2].lower)
          && !Self.levelVerbs.contains(tokens[index + 2].lower)
          && !tokens[index + 2].lower.hasSuffix("ed")
      }
    }
    // ("Diesel went up by 22 percent, and the price of gas …": a change with a subject of its
    // own is a price's change when the sentence is about prices.)
    let changed = subjectOfChange(tokens, before: figure, sentence) != nil
    if let price = prices.filter({ changed || sameClause($0) }).min(by: {
      abs($0 - figure) < abs($1 - figure)
    }),
      changeDirection(tokens, sentence) != nil
    {
      // "Consumer prices in Veska rose 3.4%": the inflation rate, wherever it is measured.
      if price > sentence.lowerBound,
        let synonym = lexicon.subjectSynonyms[tokens[price - 1].lower + " " + tokens[price].lower],
        synonym == "inflation"
      {
        return percent(synonym, from: min(price - 1, figure))
      }
      // "Diesel went up by 22 percent, and the price of gas …": the figure's own subject.
      let commodity =
        subjectOfChange(tokens, before: figure, sentence)
        ?? self.commodity(tokens, priceAt: price, sentence: sentence)
      // "Consumer prices rose 8.4 percent" is the inflation rate.
      if let synonym = lexicon.subjectSynonyms[commodity + " " + tokens[price].lower] {
        return percent(synonym, from: min(price, figure))
      }
      let key = "price-change-" + commodity
      return figureMention(
        key: key, measure: "price-change", category: commodity, valueKind: .percent,
        unit: "percent-change", quantity,
        range: min(price, quantity.tokens.lowerBound)..<quantity.tokens.upperBound, paragraph,
        sentence, context)
    }
    // "won 64 seats with 38.5 percent of the vote": a party's share of the vote.
    let ofTheVote =
      quantity.tokens.upperBound + 2 < sentence.upperBound
      && tokens[quantity.tokens.upperBound].lower == "of"
      && ["vote", "votes", "ballots"].contains(tokens[quantity.tokens.upperBound + 2].lower)
    let withAfterSeats =
      figure > sentence.lowerBound && tokens[figure - 1].lower == "with"
      && sentence.contains { ["seats", "vote", "votes"].contains(tokens[$0].lower) }
    if ofTheVote || withAfterSeats,
      let named = (max(sentence.lowerBound, figure - 12)..<figure).last(where: {
        tokens[$0].isCapitalised && ($0 > sentence.lowerBound || !isSentenceOpener(tokens[$0]))
      }),
      let party = partyName(tokens, endingAt: named, sentence)
    {
      let end = ofTheVote ? quantity.tokens.upperBound + 3 : quantity.tokens.upperBound
      return figureMention(
        key: "vote-share-" + party, measure: "vote-share", category: party, valueKind: .percent,
        unit: "percent", quantity, range: figure..<end, paragraph, sentence, context)
    }
    // "3% of global oil reserves": the share of what follows "of".
    var position = quantity.tokens.upperBound
    // "the bank's 2 percent target": a named goal.
    if position < sentence.upperBound, Self.percentGoals.contains(tokens[position].lower) {
      return percent(tokens[position].lower, from: quantity.tokens.lowerBound)
    }
    // "2.8 percent of GDP": a share of the economy, measured for the clause's subject.
    let ofEconomy =
      position + 1 < sentence.upperBound && tokens[position].lower == "of"
      && Self.economyWords.contains(tokens[position + 1].lower)
    // "a 6 percent increase in health spending": the noun after the change.
    if position + 2 < sentence.upperBound, Self.changeNouns.contains(tokens[position].lower),
      ["in", "of"].contains(tokens[position + 1].lower)
    {
      var end = position + 2
      while end + 1 < sentence.upperBound, tokens[end + 1].kind == .word,
        !Self.stopWords.contains(tokens[end + 1].lower), end - position < 5
      {
        end += 1
      }
      if tokens[end].kind == .word, !Self.stopWords.contains(tokens[end].lower) {
        return percent(
          nounSubject(tokens, endingAt: end, sentence), from: quantity.tokens.lowerBound)
      }
    }
    // "demanding a 9% pay rise", "The union's 9% demand", "a 20% stake": a figure used as an
    // adjective measures the noun phrase after it.
    let attributive =
      quantity.tokens.lowerBound > sentence.lowerBound
      && (["a", "an", "the", "its", "their", "his", "her"].contains(
        tokens[quantity.tokens.lowerBound - 1].lower)
        || tokens[quantity.tokens.lowerBound - 1].text.hasSuffix("'s")
        || tokens[quantity.tokens.lowerBound - 1].text.hasSuffix("’s"))
    if attributive, position < sentence.upperBound, tokens[position].kind == .word,
      !tokens[position].isCapitalised, !Self.stopWords.contains(tokens[position].lower),
      !Self.changeNouns.contains(tokens[position].lower) || position + 1 >= sentence.upperBound
        || !["in", "of"].contains(tokens[position + 1].lower)
    {
      var end = position
      if end + 1 < sentence.upperBound, tokens[end + 1].kind == .word,
        !tokens[end + 1].isCapitalised, !Self.stopWords.contains(tokens[end + 1].lower),
        Self.changeNouns.contains(tokens[end + 1].lower)
      {
        end += 1  // "pay rise", "price increase"
      }
      var phrase = tokens[position...end].map(\.lower).joined(separator: "-")
      // "inflation accelerating to 3.4%, above the 3.2% forecast": the rate forecast.
      if ["forecast", "estimate", "expectation", "consensus"].contains(phrase),
        let rate = (sentence.lowerBound..<quantity.tokens.lowerBound).reversed().lazy.map({
          self.nounSubject(tokens, endingAt: $0, sentence)
        }).first(where: { Self.forecastRates.contains($0) })
      {
        phrase = rate + "-forecast"
      }
      return figureMention(
        key: "percent-" + phrase, measure: "percent", category: phrase, valueKind: .percent,
        unit: "percent", quantity, range: quantity.tokens.lowerBound..<(end + 1), paragraph,
        sentence, context)
    }
    guard position < sentence.upperBound, tokens[position].lower == "of", !ofEconomy else {
      // "turnout reached 68 percent": the subject before the linking words.
      var back = quantity.tokens.lowerBound - 1
      var forecast = false
      while back >= sentence.lowerBound {
        let word = tokens[back].lower
        if tokens[back].isPunctuation(","),
          let open = (max(sentence.lowerBound, back - 12)..<back).last(where: {
            tokens[$0].isPunctuation(",")
          }), open + 1 < back, ["which", "who", "whose"].contains(tokens[open + 1].lower)
        {
          back = open - 1  // "Core inflation, which strips out food and energy, held at 2.9%"
        } else if lexicon.percentLinking.contains(word) || Self.linkingAdverbs.contains(word)
          || tokens[back].isPunctuation(",")
        {
          back -= 1  // "inflation, already at 9.5 percent"
        } else if Self.modals.contains(word) || Self.forecastVerbs.contains(word) {
          // "inflation would peak at around 9 percent", "is forecast to fall to 2.8 percent";
          // "will rise by 6 percent" is a plan, not a forecast.
          forecast = forecast || word != "will"
          back -= 1
        } else if ["year", "month", "week", "quarter", "day"].contains(word),
          back - 1 > sentence.lowerBound,
          ["last", "this", "next", "a", "the", "each", "every"].contains(tokens[back - 1].lower)
        {
          // "… visitors last year, up 9 percent", "… for last year, up 11 percent": a time is no
          // subject; what came before it is.
          back -= 2
          if back > sentence.lowerBound,
            ["for", "in", "over", "during"].contains(tokens[back].lower)
          {
            back -= 1
          }
        } else if word == "from", back == quantity.tokens.lowerBound - 1 {
          back -= 1  // "rise from 20 percent to …": the earlier figure's own subject
        } else if DocumentText.isMark(tokens[back]) || tokens[back].kind == .number,
          back > sentence.lowerBound, tokens[back - 1].lower == "from"
        {
          back -= 2  // "rise from 20 percent to 22 percent": past the earlier figure
        } else if ["percent", "%"].contains(word), back - 2 >= sentence.lowerBound,
          tokens[back - 1].kind == .number, tokens[back - 2].lower == "from"
        {
          back -= 3
        } else if ["point", "points"].contains(word) || Self.pointWords[word] != nil {
          // "rose by half a percentage point to 6.25 percent", "dropped two-tenths of a
          // percentage point to 4.1 percent": back past the change to its verb.
          back -= 1
          while back > sentence.lowerBound,
            ["percentage", "basis", "a", "an", "of", "by", "half", "quarter", "quarters", "full"]
              .contains(tokens[back].lower) || tokens[back].kind == .number
              || Self.fraction(tokens[back].lower) != nil
              || QuantityReader.units[tokens[back].lower] != nil
          {
            back -= 1
          }
        } else {
          break
        }
      }
      // "Shares in Skyline fell": the noun before the place.
      if back - 2 >= sentence.lowerBound, tokens[back].isCapitalised,
        ["in", "of", "at"].contains(tokens[back - 1].lower)
      {
        back -= 2
      }
      // "Recorded burglaries in the Eastmoor police region fell": the plural noun before a
      // longer phrase of place.
      if back > sentence.lowerBound + 1,
        let preposition = (max(sentence.lowerBound + 1, back - 5)..<back).last(where: {
          ["in", "across", "at", "around", "into"].contains(tokens[$0].lower)
        }), tokens[preposition - 1].kind == .word, !tokens[preposition - 1].isCapitalised,
        tokens[preposition - 1].lower.hasSuffix("s"),
        !Self.stopWords.contains(tokens[preposition - 1].lower),
        ((preposition + 1)...back).allSatisfy({
          tokens[$0].kind == .word
            && (tokens[$0].isCapitalised || ["the", "a", "an"].contains(tokens[$0].lower)
              || !Self.stopWords.contains(tokens[$0].lower))
        }),
        ((preposition + 1)...back).contains(where: { tokens[$0].isCapitalised })
      {
        back = preposition - 1
      }
      // "Road traffic into the capital rose": the noun before a phrase of place.
      if back - 3 >= sentence.lowerBound, tokens[back].kind == .word,
        tokens[back - 1].lower == "the",
        ["into", "in", "across", "at", "from", "on", "around"].contains(tokens[back - 2].lower),
        tokens[back - 3].kind == .word, !Self.stopWords.contains(tokens[back - 3].lower)
      {
        back -= 3
      }
      // "…, rising 2 percent": a participle after a comma takes the sentence's subject.
      var verb = quantity.tokens.lowerBound - 1
      if verb > sentence.lowerBound, tokens[verb].lower == "by" { verb -= 1 }
      if verb - 1 > sentence.lowerBound, tokens[verb].lower.hasSuffix("ing"),
        tokens[verb - 1].isPunctuation(","), let head = sentenceSubjectHead(tokens, sentence)
      {
        back = head
      }
      // "That is up 8 percent on a year earlier": a change of the figure the sentence before
      // gave (the caller names it).
      if back == sentence.lowerBound, back < quantity.tokens.lowerBound - 1,
        ["that", "this", "it"].contains(tokens[back].lower)
      {
        return percent(Self.pronounChangeSubject, from: back)
      }
      guard back >= sentence.lowerBound, back < quantity.tokens.lowerBound - 1,
        tokens[back].kind == .word, !Self.stopWords.contains(tokens[back].lower)
      else { return nil }
      // "expects inflation to average 7 percent": a forecast is a slot of its own.
      if (max(sentence.lowerBound, back - 2)..<back).contains(where: {
        Self.forecastVerbs.contains(tokens[$0].lower)
      }) {
        forecast = true
      }
      var subject = nounSubject(tokens, endingAt: back, sentence)
      var from = back
      // "Food inflation of 6.2%" is food's price change; "core inflation" a rate of its own;
      // "annual inflation" the rate itself.
      if subject == "inflation", back > sentence.lowerBound, tokens[back - 1].kind == .word,
        !Self.stopWords.contains(tokens[back - 1].lower),
        !SubjectFinder.determiners.contains(tokens[back - 1].lower),
        !Self.plainInflation.contains(tokens[back - 1].lower),
        !lexicon.percentLinking.contains(tokens[back - 1].lower),
        !Self.forecastVerbs.contains(tokens[back - 1].lower),
        !Self.targetVerbs.contains(tokens[back - 1].lower)
      {
        let qualifier = tokens[back - 1].lower
        from = back - 1
        if Self.inflationMeasures.contains(qualifier) {
          subject = "inflation-" + qualifier
        } else {
          return figureMention(
            key: "price-change-" + qualifier, measure: "price-change", category: qualifier,
            valueKind: .percent, unit: "percent-change", quantity,
            range: from..<quantity.tokens.upperBound, paragraph, sentence, context)
        }
      }
      // "The central bank targets inflation of 2%": a goal, not the rate.
      if from > sentence.lowerBound, Self.targetVerbs.contains(tokens[from - 1].lower) {
        return percent(subject + "-target", from: from)
      }
      return percent(forecast ? subject + "-forecast" : subject, from: from)
    }
    position += 1
    var head: String?
    var end = position
    while position < min(sentence.upperBound, quantity.tokens.upperBound + 6) {
      let token = tokens[position]
      guard token.kind == .word, !Self.stopWords.contains(token.lower) else { break }
      if !["the", "a", "an", "its", "their"].contains(token.lower) { head = token.lower }
      end = position + 1
      position += 1
    }
    guard let head else { return nil }
    let key = "percent-" + head
    return figureMention(
      key: key, measure: "percent", category: head, valueKind: .percent, unit: "percent", quantity,
      range: quantity.tokens.lowerBound..<end, paragraph, sentence, context)
  }

  /// Nouns of the whole economy a share is of ("2.8 percent of GDP").
  static let economyWords: Set<String> = ["gdp", "economic", "gross", "national", "output"]
  /// Nouns of a change after a percentage ("a 6 percent increase in …").
  static let changeNouns: Set<String> = [
    "increase", "rise", "cut", "fall", "drop", "decline", "hike", "reduction", "jump", "gain",
  ]

  /// Words after a percentage naming a goal ("a 2 percent target").
  static let percentGoals: Set<String> = [
    "target", "goal", "ceiling", "threshold", "cap", "chance", "probability", "likelihood", "odds",
  ]
  static let modals: Set<String> = ["would", "will", "could", "may", "might", "should"]
  /// Rates whose forecasts are printed after the figure ("the 3.2% forecast").
  static let forecastRates: Set<String> = [
    "inflation", "unemployment", "interest-rate", "growth", "wages",
  ]
  static let forecastVerbs: Set<String> = [
    "expects", "expected", "expect", "forecast", "forecasts", "predicts", "predicted",
    "projects", "projected", "sees",
  ]
  /// Determiners and possessives before a noun phrase's words.
  static let nounDeterminers: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
  ]

  /// The subject a noun ending at `end` names, through the lexicon's synonyms of two words
  /// ("benchmark rate" → interest-rate) or one ("sales" → revenue).
  private func nounSubject(_ tokens: [Token], endingAt end: Int, _ sentence: Range<Int>)
    -> String
  {
    let word = tokens[end].lower
    if end > sentence.lowerBound,
      let synonym = lexicon.subjectSynonyms[tokens[end - 1].lower + " " + word]
    {
      return synonym
    }
    return lexicon.subjectSynonyms[word] ?? word
  }

  /// The noun a change verb governs, when the figure is what it was changed to.
  ///
  /// "raised its main interest rate by half a point to 6.25 percent", "increased its key rate
  /// for the fourth time this year, to 6.25 percent". `nil` for price nouns, which the price
  /// reading takes.
  private func objectOfChange(_ tokens: [Token], before figure: Int, _ sentence: Range<Int>)
    -> (String, Int)?
  {
    guard figure > sentence.lowerBound, ["to", "by"].contains(tokens[figure - 1].lower) else {
      return nil
    }
    var verb = figure - 2
    while verb >= max(sentence.lowerBound, figure - 16) {
      if tokens[verb].isPunctuation(";") { return nil }
      if lexicon.changeVerbs.contains(tokens[verb].lower) { break }
      verb -= 1
    }
    guard verb >= max(sentence.lowerBound, figure - 16) else { return nil }
    var position = verb + 1
    while position < figure,
      Self.nounDeterminers.contains(tokens[position].lower)
        || tokens[position].text.hasSuffix("'s") || tokens[position].text.hasSuffix("’s")
    {
      position += 1
    }
    var end: Int?
    while position < min(figure, verb + 6), tokens[position].kind == .word,
      !Self.stopWords.contains(tokens[position].lower), !tokens[position].lower.hasSuffix("ly"),
      !["down", "up", "back"].contains(tokens[position].lower)
    {
      end = position
      position += 1
    }
    guard let end, lexicon.priceNouns.match(at: end, in: tokens) == nil else { return nil }
    return (nounSubject(tokens, endingAt: end, sentence), verb + 1)
  }

  /// Whether a capitalised word at a sentence's start is only a function word ("The", "About").
  private func isSentenceOpener(_ token: Token) -> Bool {
    Self.stopWords.contains(token.lower) || SubjectFinder.determiners.contains(token.lower)
      || ["about", "around", "some", "nearly", "almost"].contains(token.lower)
  }

  /// "The waiting list rose to a record 2.1 million", "Unemployment reached 310,000": a bare
  /// figure a verb of change or level takes, counted of the subject right before the verb.
  private func bareFigureOfSubject(
    _ quantity: Quantity, _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let after = quantity.tokens.upperBound
    // Nothing counted after the figure: the end, punctuation, or a phrase of time or place.
    guard
      after >= sentence.upperBound || tokens[after].kind == .punctuation
        || ["in", "on", "at", "last", "this", "by", "from", "since", "after"].contains(
          tokens[after].lower)
    else { return nil }
    let start = Self.beforeRecord(tokens, quantity.tokens.lowerBound, sentence)
    var verb = start - 1
    guard verb > sentence.lowerBound else { return nil }
    if ["to", "at"].contains(tokens[verb].lower) {
      verb -= 1
      guard verb > sentence.lowerBound, Self.levelVerbs.contains(tokens[verb].lower) else {
        return nil
      }
    } else if !["reached", "hit", "totalled", "totaled", "topped", "passed"].contains(
      tokens[verb].lower)
    {
      return nil
    }
    var head = verb - 1
    while head > sentence.lowerBound, ["has", "have", "had", "now"].contains(tokens[head].lower) {
      head -= 1
    }
    guard head >= sentence.lowerBound, tokens[head].kind == .word,
      !tokens[head].isCapitalised
        || head == sentence.lowerBound,
      !Self.stopWords.contains(tokens[head].lower), !tokens[head].lower.hasSuffix("ly"),
      lexicon.measures.allSatisfy({ $0.triggers.match(at: head, in: tokens) == nil }),
      // ("The number of strikers rose to 4,500": what "the number of" counts is read there.)
      !(sentence.lowerBound..<head).contains(where: {
        tokens[$0].lower == "number" && tokens[$0 + 1].lower == "of"
      })
    else { return nil }
    // "Approvals for home loans fell to 41,200": the noun the phrase is about.
    if head > sentence.lowerBound + 1,
      let preposition = (max(sentence.lowerBound + 1, head - 3)..<head).last(where: {
        ["for", "of"].contains(tokens[$0].lower)
      }), tokens[preposition - 1].kind == .word,
      !tokens[preposition - 1].isCapitalised || preposition - 1 == sentence.lowerBound,
      !Self.stopWords.contains(tokens[preposition - 1].lower),
      !SubjectFinder.determiners.contains(tokens[preposition - 1].lower),
      tokens[preposition - 1].lower.count > 3
    {
      head = preposition - 1
    }
    let noun = Self.singular(tokens[head].lower)
    return figureMention(
      key: "count-" + noun, measure: "count", category: noun, unit: noun, quantity,
      range: head..<after, paragraph, sentence, context)
  }

  /// Verbs that take a level with "to" or "at": "rose to", "stood at".
  static let levelVerbs: Set<String> = [
    "rose", "risen", "rises", "climbed", "jumped", "grew", "grown", "fell", "fallen", "dropped",
    "declined", "increased", "decreased", "stood", "stands", "stayed", "remained", "swelled",
    "soared", "surged", "shrank",
  ]

  /// The head noun of the noun phrase opening a sentence ("The airline's shares …" → "shares").
  private func sentenceSubjectHead(_ tokens: [Token], _ sentence: Range<Int>) -> Int? {
    var position = sentence.lowerBound
    while position < sentence.upperBound {
      let token = tokens[position]
      guard token.kind == .word else { return nil }
      if SubjectFinder.determiners.contains(token.lower) || token.text.hasSuffix("'s")
        || token.text.hasSuffix("’s")
      {
        position += 1
        continue
      }
      // The last word before the verb or a comma.
      var end = position
      while end + 1 < sentence.upperBound, tokens[end + 1].kind == .word,
        !tokens[end + 1].lower.hasSuffix("ed"), !Self.stopWords.contains(tokens[end + 1].lower),
        !tokens[end + 1].lower.hasSuffix("ly"), end - position < 3
      {
        end += 1
      }
      return end
    }
    return nil
  }

  private func durationClaim(
    _ quantity: Quantity, unit: String, _ paragraph: Int, _ sentence: Range<Int>,
    _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let start = quantity.tokens.lowerBound
    let before = start > sentence.lowerBound ? tokens[start - 1].lower : ""
    guard before == "for" || lexicon.deadlineWords.contains(before) else {
      return namedPeriod(quantity, unit: unit, paragraph, sentence, context)
    }
    var verb: Int?
    var position = start - 2
    while position >= max(sentence.lowerBound, start - 7) {
      if lexicon.durationVerbs.contains(tokens[position].lower) {
        verb = position
        break
      }
      position -= 1
    }
    if verb == nil && before == "for" {
      // Any participle: "had not been inspected for nearly six years".
      position = start - 2
      while position >= max(sentence.lowerBound, start - 5) {
        let word = tokens[position].lower
        if word.count > 4 && word.hasSuffix("ed") && tokens[position].kind == .word {
          verb = position
          break
        }
        position -= 1
      }
    }
    if verb == nil && lexicon.deadlineWords.contains(before) {
      // "an inquiry would report within 10 days": the deadline's subject is the noun before the
      // verb group.
      let verbGroup: Set<String> = [
        "would", "will", "must", "should", "to", "report", "be", "is", "are",
      ]
      var position = start - 2
      while position > sentence.lowerBound && !verbGroup.contains(tokens[position].lower)
        && position > start - 4
      {
        position -= 1
      }
      // "cameras would be installed on the Korvel road within three months": a phrase of place
      // between the verb group and the deadline.
      if position < sentence.lowerBound || !verbGroup.contains(tokens[position].lower),
        let group = (max(sentence.lowerBound, start - 9)..<(start - 1)).last(where: {
          verbGroup.contains(tokens[$0].lower)
        })
      {
        position = group
      }
      verb = position
    }
    // ("Within a few days people …" opens its sentence: there is no verb before the deadline.)
    guard var verb, verb >= sentence.lowerBound else { return nil }
    // "is in force for 30 days": the phrase is the verb; its subject comes before "is".
    if verb > sentence.lowerBound, tokens[verb - 1].lower == "in",
      ["force", "effect"].contains(tokens[verb].lower)
    {
      verb -= 1
    }
    var subject = verb - 1
    // ("would remain closed", "will be out of action": the verb group, then its subject.)
    let auxiliaries: Set<String> = [
      "was", "were", "will", "be", "been", "is", "are", "has", "have", "had", "being", "would",
      "remain", "remains", "remained", "stay", "stays", "stayed", "out", "of", "could", "can",
      "may", "might", "must", "should",
    ]
    while subject >= sentence.lowerBound
      && (auxiliaries.contains(tokens[subject].lower) || tokens[subject].lower.hasSuffix("ly")
        || ["not", "never"].contains(tokens[subject].lower))
    {
      subject -= 1
    }
    var head = tokens[verb].lower
    // "it would announce further dates within a week": the verb after the group names it.
    var main = verb
    while main + 1 < start - 1,
      ["would", "will", "must", "should", "to", "be"].contains(
        tokens[main].lower)
    {
      main += 1
    }
    if main != verb, tokens[main].kind == .word, !Self.stopWords.contains(tokens[main].lower) {
      head = tokens[main].lower
    }
    if subject >= sentence.lowerBound, tokens[subject].kind == .word,
      !Self.stopWords.contains(tokens[subject].lower)
    {
      head = Self.singular(tokens[subject].lower)
    } else if subject >= sentence.lowerBound, tokens[subject].isPunctuation(","),
      let opening = sentenceSubjectHead(tokens, sentence), opening < subject,
      !tokens[opening].isCapitalised || opening > sentence.lowerBound
    {
      // "The plant, which refines …, will be out of action for …": the sentence's subject.
      head = Self.singular(tokens[opening].lower)
    }
    let key = "duration-" + head
    let rangeStart =
      subject >= sentence.lowerBound && tokens[subject].kind == .word
      ? subject : verb - 2 > subject && tokens[verb - 2].lower == "out" ? verb - 2 : verb
    return figureMention(
      key: key, measure: "duration", category: head, valueKind: .duration, unit: unit, quantity,
      range: rangeStart..<(quantity.tokens.upperBound + 1), paragraph, sentence, context)
  }

  /// A period named by its noun: "three days of mourning", "two weeks of talks".
  private func namedPeriod(
    _ quantity: Quantity, unit: String, _ paragraph: Int, _ sentence: Range<Int>,
    _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let first = quantity.tokens.lowerBound
    // "after a debate of nearly five hours", "the median wait is now 19 weeks": how long the
    // noun before lasts.
    var noun = first - 1
    if noun > sentence.lowerBound, tokens[noun].lower == "of" {
      noun -= 1
    } else {
      while noun > sentence.lowerBound,
        ["is", "was", "now", "has", "had", "been", "stood", "at", "to", "risen", "rose"].contains(
          tokens[noun].lower)
      {
        noun -= 1
      }
      if noun == first - 1
        || !["is", "was", "now", "stood", "at", "to"].contains(
          tokens[first - 1].lower)
      {
        noun = sentence.lowerBound - 1
      }
    }
    if noun >= sentence.lowerBound, noun < first - 1, tokens[noun].kind == .word,
      !tokens[noun].isCapitalised, !Self.stopWords.contains(tokens[noun].lower),
      tokens[noun].lower.allSatisfy(\.isLetter), tokens[noun].lower.count > 2,
      noun > sentence.lowerBound,
      Self.nounDeterminers.contains(tokens[noun - 1].lower)
        || (noun - 2 >= sentence.lowerBound
          && Self.nounDeterminers.contains(tokens[noun - 2].lower))
    {
      let head = Self.singular(tokens[noun].lower)
      return figureMention(
        key: "duration-" + head, measure: "duration", category: head, valueKind: .duration,
        unit: unit, quantity, range: noun..<(quantity.tokens.upperBound + 1), paragraph,
        sentence, context)
    }
    let of = quantity.tokens.upperBound + 1
    guard of < sentence.upperBound, tokens[of].lower == "of" else { return nil }
    let possessives: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our"]
    guard
      let noun = (of + 1..<min(sentence.upperBound, of + 4)).first(where: { position in
        let token = tokens[position]
        return token.kind == .word && !token.isCapitalised && token.lower.count > 2
          && token.lower.allSatisfy(\.isLetter) && !Self.stopWords.contains(token.lower)
          && !possessives.contains(token.lower)
      })
    else { return nil }
    let head = Self.singular(tokens[noun].lower)
    return figureMention(
      key: "duration-" + head, measure: "duration", category: head, valueKind: .duration,
      unit: unit, quantity, range: quantity.tokens.lowerBound..<(noun + 1), paragraph, sentence,
      context)
  }

  static func singular(_ word: String) -> String {
    if word.count > 4 && word.hasSuffix("sses") { return String(word.dropLast(2)) }
    if word.count > 4 && word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") {
      return String(word.dropLast())
    }
    return word
  }

  /// A measure noun printed before the figure, skipping linking words.
  ///
  /// "magnitude 6.1", "death toll rose to 58". Returns the measure and where its noun starts.
  private func measureBefore(
    _ tokens: [Token], _ start: Int, _ sentence: Range<Int>
  ) -> (String, Int)? {
    let linking: Set<String> = [
      "of", "at", "to", "rose", "stood", "reached", "climbed", "is", "was", "has", "had", "risen",
      "now", "a", "the",
    ]
    // "put the death toll at "at least 25"": an opening quotation mark is no word.
    var start = Self.beforeRecord(tokens, start, sentence)
    if start > sentence.lowerBound, case .mark = tokens[start - 1].kind { start -= 1 }
    var end = start
    while end > sentence.lowerBound && end > start - 4 && linking.contains(tokens[end - 1].lower) {
      end -= 1
    }
    for length in [2, 1] where end - length >= sentence.lowerBound {
      let from = end - length
      if lexicon.preNumberMeasures.match(at: from, in: tokens, end: end) == length {
        let phrase = tokens[from..<end].map(\.lower).joined(separator: " ")
        if let measure = lexicon.preNumberMeasure[phrase] { return (measure, from) }
      }
    }
    // "The death toll from Sunday's disaster rose to 31": the measure noun is the subject of the
    // verb that takes the figure.
    guard start > sentence.lowerBound, ["to", "at", "reached"].contains(tokens[start - 1].lower)
    else { return nil }
    var position = start - 2
    while position >= max(sentence.lowerBound, start - 14) {
      if let length = lexicon.preNumberMeasures.match(at: position, in: tokens, end: start) {
        let phrase = tokens[position..<(position + length)].map(\.lower).joined(separator: " ")
        // ("The number of people waiting for hospital treatment rose to …": what "the number
        // of" counts is read from its own phrase.)
        let counted = (sentence.lowerBound..<position).contains {
          tokens[$0].lower == "number" && tokens[$0 + 1].lower == "of"
        }
        if let measure = lexicon.preNumberMeasure[phrase], !counted { return (measure, position) }
      }
      position -= 1
    }
    return nil
  }

  /// Where a figure's phrase starts once a record before it is skipped: "rose to a record 2.1
  /// million", "reached a new record high of 41" read as "rose to 2.1 million".
  static func beforeRecord(_ tokens: [Token], _ start: Int, _ sentence: Range<Int>) -> Int {
    let words: Set<String> = ["a", "an", "new", "record", "all-time", "high", "of"]
    var position = start
    while position - 1 >= sentence.lowerBound, start - position < 4,
      words.contains(tokens[position - 1].lower)
    {
      position -= 1
    }
    let skipped = tokens[position..<start].map(\.lower)
    guard skipped.contains("record"),
      ["a", "an"].contains(skipped.first ?? "")
    else { return start }
    return position
  }

  /// "the number of strikers at 4,500": the counted noun's category or measure.
  private func numberOf(
    _ tokens: [Token], _ quantity: Quantity, _ sentence: Range<Int>
  ) -> (String?, ClaimLexicon.Measure?, String?, Int)? {
    let start = Self.beforeRecord(tokens, quantity.tokens.lowerBound, sentence)
    let verbs: Set<String> = [
      "at", "to", "as", "passed", "exceeded", "topped", "surpassed", "reached", "hit",
    ]
    guard start - 1 >= sentence.lowerBound, verbs.contains(tokens[start - 1].lower)
    else { return nil }
    var position = start - 2
    // "The number of people killed by the heatwave in the south has risen to 19".
    while position > max(sentence.lowerBound, start - 24) {
      if tokens[position].lower == "of", tokens[position - 1].lower == "number" {
        // "The number of people sickened in the outbreak …": a measure close after "of" wins
        // (not one past another verb: "people waiting for hospital treatment").
        for noun in (position + 1)..<min(start - 1, position + 5) {
          if noun > position + 1, tokens[noun - 1].lower.hasSuffix("ing"),
            tokens[noun - 1].lower != "being",
            !lexicon.measures.contains(where: {
              $0.triggers.match(at: noun - 1, in: tokens, end: start - 1) != nil
            })
          {
            break
          }
          if let measure = lexicon.measures.first(where: {
            $0.triggers.match(at: noun, in: tokens, end: start - 1) != nil
          }) {
            return ("people", measure, nil, position - 1)
          }
        }
        for noun in (position + 1)..<(start - 1) {
          if let length = lexicon.categoryWords.match(at: noun, in: tokens, end: start - 1) {
            let phrase = tokens[noun..<(noun + length)].map(\.lower).joined(separator: " ")
            return (
              lexicon.categoryOfPhrase[phrase], nil, tokens[noun + length - 1].lower, position - 1
            )
          }
        }
        // Anything else counted: "the number of suspected cases has passed 1,300".
        let noun = ((position + 1)..<(start - 1)).first { index in
          let word = tokens[index].lower
          return tokens[index].kind == .word && word.count > 3 && word.hasSuffix("s")
            && !word.hasSuffix("ss") && !Self.stopWords.contains(word)
        }
        return noun.map { (tokens[$0].lower, nil, nil, position - 1) }
      }
      position -= 1
    }
    return nil
  }

  /// The currency of an amount: a symbol before it or a currency word after it.
  private func currency(_ tokens: [Token], _ quantity: Quantity, _ sentence: Range<Int>) -> String?
  {
    let before = quantity.tokens.lowerBound - 1
    if before >= sentence.lowerBound, lexicon.currencySymbols.contains(tokens[before].text) {
      return tokens[before].text
    }
    let after = quantity.tokens.upperBound
    if after < sentence.upperBound, lexicon.currencyWords.contains(tokens[after].lower) {
      // "a 600 million crown plan" is in crowns: one unit for one currency.
      let word = tokens[after].lower
      return lexicon.currencyWords.contains(word + "s") ? word + "s" : word
    }
    return nil
  }

  /// Words naming one side of a bargain before a percentage, by side.
  static let bargainSides: [String: String] = [
    "offer": "offer", "offers": "offer", "offered": "offer", "offering": "offer",
    "demand": "demand", "demands": "demand", "demanded": "demand", "demanding": "demand",
    "wants": "demand", "want": "demand", "wanted": "demand", "seeking": "demand",
    "seeks": "demand", "sought": "demand",
  ]

  /// Directions a distance is measured in: "60 km to the west", "40 kilometres north of".
  static let compassPoints: Set<String> = [
    "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "inland", "offshore",
    "upstream", "downstream",
  ]

  /// Nouns a length measures along: "a depth of 10 kilometres".
  static let dimensions: Set<String> = [
    "depth", "length", "distance", "height", "width", "altitude", "range", "radius",
  ]

  /// "More than 300 millimetres of rain fell", "the Adige rose to 6.2 metres": a length keyed by
  /// what it measures — the noun after "of", else the nearest such noun before the figure.
  private func lengthClaim(
    _ quantity: Quantity, _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let after = quantity.tokens.upperBound
    // "The 420-metre bridge", "a 70-metre section": a length printed as an adjective measures
    // the noun after it.
    if let (_, joined) = QuantityReader.adjectivalLength(tokens[after - 1]),
      let unit = lexicon.lengthUnits[joined], after < sentence.upperBound,
      tokens[after].kind == .word, !tokens[after].isCapitalised,
      !Self.stopWords.contains(tokens[after].lower)
    {
      let noun = Self.singular(tokens[after].lower)
      return figureMention(
        key: "length-" + noun, measure: "length", category: noun, unit: unit, quantity,
        range: quantity.tokens.lowerBound..<(after + 1), paragraph, sentence, context)
    }
    guard after < sentence.upperBound, let unit = lexicon.lengthUnits[tokens[after].lower] else {
      return nil
    }
    // "at a depth of 10 kilometres", "a height of 30 metres": the dimension named before.
    let first = quantity.tokens.lowerBound
    if first - 2 >= sentence.lowerBound, tokens[first - 1].lower == "of",
      Self.dimensions.contains(tokens[first - 2].lower)
    {
      let dimension = tokens[first - 2].lower
      return figureMention(
        key: dimension, measure: dimension, category: "", unit: unit, quantity,
        range: (first - 2)..<(after + 1), paragraph, sentence, context)
    }
    // "trapped about 600 metres underground", "600 metres below ground": a depth.
    if after + 1 < sentence.upperBound, lexicon.depthWords.contains(tokens[after + 1].lower) {
      var end = after + 2
      if ["below", "beneath", "under"].contains(tokens[after + 1].lower),
        end < sentence.upperBound, ["ground", "the"].contains(tokens[end].lower)
      {
        end += tokens[end].lower == "the" && end + 1 < sentence.upperBound ? 2 : 1
      }
      return figureMention(
        key: "depth", measure: "depth", category: "", unit: unit, quantity,
        range: quantity.tokens.lowerBound..<end, paragraph, sentence, context)
    }
    if after + 2 < sentence.upperBound, tokens[after + 1].lower == "of",
      let key = lexicon.lengthSubjects[tokens[after + 2].lower]
    {
      return figureMention(
        key: key, measure: key, category: tokens[after + 2].lower, unit: unit, quantity,
        range: quantity.tokens.lowerBound..<(after + 3), paragraph, sentence, context)
    }
    // "within 10 kilometres of the wreck", "about 2 kilometres from shore": a distance from
    // the noun; "15 kilometres of Vessa's northern coast": the length of the noun.
    if after + 2 < sentence.upperBound, ["of", "from"].contains(tokens[after + 1].lower) {
      var end = after + 2
      var head: Int?
      while end < min(sentence.upperBound, after + 6), tokens[end].kind == .word {
        let word = tokens[end].lower
        if !tokens[end].isCapitalised, !Self.stopWords.contains(word) { head = end }
        if tokens[end].isCapitalised || ["the", "its", "their", "a", "an"].contains(word)
          || head == end
        {
          end += 1
        } else {
          break
        }
      }
      if let head {
        let within =
          quantity.tokens.lowerBound - 1 >= sentence.lowerBound
          && tokens[quantity.tokens.lowerBound - 1].lower == "within"
        let distance = within || tokens[after + 1].lower == "from"
        let noun = Self.singular(tokens[head].lower)
        let measure = distance ? "distance" : "length"
        return figureMention(
          key: measure + "-" + noun, measure: measure, category: noun, unit: unit, quantity,
          range: quantity.tokens.lowerBound..<(head + 1), paragraph, sentence, context)
      }
    }
    // "The airport at Sangir, 60 km to the west", "a town 40 kilometres north of the capital": a
    // distance in a direction, keyed by the sentence's subject.
    var direction = after + 1
    if direction + 1 < sentence.upperBound, tokens[direction].lower == "to",
      tokens[direction + 1].lower == "the"
    {
      direction += 2
    }
    if direction < sentence.upperBound, Self.compassPoints.contains(tokens[direction].lower) {
      let head = sentenceSubjectHead(tokens, sentence).flatMap { index in
        tokens[index].isCapitalised || index >= quantity.tokens.lowerBound
          ? nil : Self.singular(tokens[index].lower)
      }
      return figureMention(
        key: head.map { "distance-" + $0 } ?? "distance", measure: "distance",
        category: head ?? "", unit: unit, quantity,
        range: quantity.tokens.lowerBound..<(direction + 1), paragraph, sentence, context)
    }
    if let subject =
      (max(
        sentence.lowerBound, quantity.tokens.lowerBound - 8)..<quantity.tokens
      .lowerBound).last(where: { lexicon.lengthSubjects[tokens[$0].lower] != nil }),
      let key = lexicon.lengthSubjects[tokens[subject].lower]
    {
      return figureMention(
        key: key, measure: key, category: tokens[subject].lower, unit: unit, quantity,
        range: subject..<(after + 1), paragraph, sentence, context)
    }
    // "an exclusion zone of 7 km", "a cordon of 500 metres": the length of the noun before.
    guard first - 2 >= sentence.lowerBound, tokens[first - 1].lower == "of",
      tokens[first - 2].kind == .word, !tokens[first - 2].isCapitalised,
      tokens[first - 2].lower.count > 2, tokens[first - 2].lower.allSatisfy(\.isLetter),
      !Self.stopWords.contains(tokens[first - 2].lower),
      !Self.nounDeterminers.contains(tokens[first - 2].lower)
    else { return nil }
    let noun = Self.singular(tokens[first - 2].lower)
    return figureMention(
      key: "length-" + noun, measure: "length", category: noun, unit: unit, quantity,
      range: (first - 2)..<(after + 1), paragraph, sentence, context)
  }

  /// "nitrate levels of 95 milligrams per litre": a concentration, keyed by what it measures;
  /// "three times the legal limit": a multiple, keyed by what it is a multiple of.
  private func concentrationClaim(
    _ quantity: Quantity, _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let after = quantity.tokens.upperBound
    let first = quantity.tokens.lowerBound
    if after + 2 < sentence.upperBound, tokens[after].lower == "times",
      tokens[after + 1].lower == "the",
      let reference = (after + 2..<min(sentence.upperBound, after + 5)).first(where: {
        lexicon.multipleReferences.contains(tokens[$0].lower)
      })
    {
      let noun = Self.singular(tokens[reference].lower)
      return figureMention(
        key: "multiple-" + noun, measure: "multiple", category: noun, unit: "multiplier",
        quantity, range: first..<(reference + 1), paragraph, sentence, context)
    }
    guard after + 2 < sentence.upperBound,
      lexicon.concentrationUnits.contains(tokens[after].lower), tokens[after + 1].lower == "per"
    else { return nil }
    var end = after + 3
    // "per cubic metre": one word of description before the measure's noun.
    if end < sentence.upperBound, tokens[end - 1].lower == "cubic" { end += 1 }
    let unit = tokens[after..<end].map(\.lower).joined(separator: " ")
    // "nitrate levels of 95 …", "levels of nitrate of 95 …": the substance before the noun.
    var substance = "unspecified"
    var start = first
    if first - 2 >= sentence.lowerBound, tokens[first - 1].lower == "of",
      lexicon.concentrationNouns.contains(tokens[first - 2].lower)
    {
      start = first - 2
      if first - 3 >= sentence.lowerBound, tokens[first - 3].kind == .word,
        !Self.stopWords.contains(tokens[first - 3].lower)
      {
        substance = tokens[first - 3].lower
        start = first - 3
      }
    }
    return figureMention(
      key: "level-" + substance, measure: "level", category: substance, unit: unit, quantity,
      range: start..<end, paragraph, sentence, context)
  }

  /// "losses could reach $200 million": the amount, keyed by the noun it measures.
  private func moneyClaim(
    _ quantity: Quantity, currency: String, _ paragraph: Int, _ sentence: Range<Int>,
    _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    var position = quantity.tokens.lowerBound - 1
    if position >= sentence.lowerBound, lexicon.currencySymbols.contains(tokens[position].text) {
      position -= 1
    }
    // "The UN appealed for $450 million", "the hackers asked for $4 million": an amount
    // demanded (a ransom is one too: `subjectSynonyms`).
    if position - 1 >= sentence.lowerBound, tokens[position].lower == "for",
      lexicon.moneyRequests.contains(tokens[position - 1].lower)
    {
      var end = quantity.tokens.upperBound
      if end < sentence.upperBound, lexicon.currencyWords.contains(tokens[end].lower) { end += 1 }
      return figureMention(
        key: "money-demand", measure: "money", category: "demand", unit: currency, quantity,
        range: (position - 1)..<end, paragraph, sentence, context)
    }
    // Past the verbs, a change printed before the amount ("rose 4 percent to 31.2 billion",
    // "closed down 7.5 percent at 41.20"), and the one charged ("cost the company 1.1 billion").
    while position >= sentence.lowerBound {
      let word = tokens[position].lower
      if lexicon.moneyVerbs.contains(word) || tokens[position].kind != .word
        || Self.changeWords.contains(word) || lexicon.rises.match(at: position, in: tokens) != nil
        || lexicon.falls.match(at: position, in: tokens) != nil
      {
        position -= 1
      } else if position - 2 >= sentence.lowerBound,
        ["the", "its", "their"].contains(tokens[position - 1].lower),
        ["cost", "costs", "costing"].contains(tokens[position - 2].lower)
      {
        position -= 3
      } else if tokens[position].isCapitalised, position - 1 > sentence.lowerBound,
        let verb = (max(sentence.lowerBound, position - 3)..<position).last(where: {
          !tokens[$0].isCapitalised
        }), ["cost", "costs", "costing"].contains(tokens[verb].lower),
        ((verb + 1)...position).allSatisfy({ tokens[$0].isCapitalised })
      {
        // "would cost Baltic Fuels about 90 million euros": the one charged, by name.
        position = verb - 1
      } else if position - 1 >= sentence.lowerBound,
        ["it", "them", "us", "him", "her"].contains(word),
        ["cost", "costs", "costing"].contains(tokens[position - 1].lower)
      {
        // "the subsidy costs it $1.2 billion a year": the one charged, a pronoun.
        position -= 2
      } else {
        break
      }
    }
    // A capital only because the word opens the sentence ("Revenue rose …") is no name.
    guard position >= sentence.lowerBound,
      !tokens[position].isCapitalised || position == sentence.lowerBound,
      !Self.stopWords.contains(tokens[position].lower)
    else { return nil }
    // "The government's budget for next year totals …": past a time phrase to its noun.
    if position - 3 >= sentence.lowerBound,
      ["year", "month", "week"].contains(tokens[position].lower),
      ["next", "this", "last", "the"].contains(tokens[position - 1].lower),
      ["for", "in", "over"].contains(tokens[position - 2].lower),
      tokens[position - 3].kind == .word, !Self.stopWords.contains(tokens[position - 3].lower)
    {
      position -= 3
    }
    // "payments on a typical loan will rise by 90 crowns": the plural noun the phrase follows.
    if position > sentence.lowerBound + 1,
      let preposition = (max(sentence.lowerBound + 1, position - 3)..<position).last(where: {
        ["on", "for"].contains(tokens[$0].lower)
      }), tokens[preposition - 1].kind == .word, tokens[preposition - 1].lower.hasSuffix("s"),
      !Self.stopWords.contains(tokens[preposition - 1].lower)
    {
      position = preposition - 1
    }
    var word = tokens[position].lower
    var end = quantity.tokens.upperBound
    let currencyWord =
      end < sentence.upperBound && lexicon.currencyWords.contains(tokens[end].lower)
    if currencyWord { end += 1 }
    // "a 312 billion crown budget", "a $4.2 billion relief bill": the noun the amount qualifies.
    if !currencyWord || !tokens[end - 1].lower.hasSuffix("s") {
      var noun = end
      while noun < min(sentence.upperBound, end + 3), tokens[noun].kind == .word,
        !tokens[noun].isCapitalised, !Self.stopWords.contains(tokens[noun].lower),
        !["a", "an", "the", "more", "less", "each", "per", "of"].contains(tokens[noun].lower)
      {
        noun += 1
      }
      if noun > end {
        word = tokens[noun - 1].lower
        end = noun
      }
    }
    // "compared with the 2 billion crowns cut from budgets": after a determiner, the word
    // after the amount says what it is.
    if Self.nounDeterminers.contains(word) {
      guard end < sentence.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalised,
        !Self.stopWords.contains(tokens[end].lower)
      else { return nil }
      word = tokens[end].lower
      end += 1
    }
    let noun = lexicon.subjectSynonyms[word] ?? Self.singular(word)
    let key = "money-" + noun
    return figureMention(
      key: key, measure: "money", category: noun, unit: currency, quantity, range: position..<end,
      paragraph, sentence, context)
  }

  /// "raise the retirement age from 62 to 64", "lift the retirement age by two years": an age
  /// limit, its earlier level and its change, in years.
  private func ageClaim(
    _ quantity: Quantity, _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention? {
    let tokens = context.document.tokens[paragraph]
    let first = quantity.tokens.lowerBound
    let between: Set<String> = ["to", "from", "by", "at", "of", "years", "year"]
    var position = first - 1
    while position >= max(sentence.lowerBound, first - 7),
      between.contains(tokens[position].lower) || tokens[position].kind == .number
        || QuantityReader.units[tokens[position].lower] != nil
    {
      position -= 1
    }
    guard position >= sentence.lowerBound, position < first - 1, tokens[position].lower == "age"
    else { return nil }
    let modifier = position > sentence.lowerBound ? tokens[position - 1] : nil
    var key =
      modifier.map {
        $0.kind == .word && !$0.isCapitalised && !Self.nounDeterminers.contains($0.lower)
          ? "age-" + $0.lower : "age"
      } ?? "age"
    var end = quantity.tokens.upperBound
    let inYears =
      end < sentence.upperBound && ["years", "year"].contains(tokens[end].lower)
    if inYears { end += 1 }
    let before = tokens[first - 1].lower
    if before == "from" {
      key += "-earlier"
    } else if before == "by" {
      key += "-change"
    }
    return figureMention(
      key: key, measure: "age", category: "", unit: "years", quantity, range: first - 1..<end,
      paragraph, sentence, context)
  }

  /// Nouns of data about people ("the records of 2.3 million people").
  static let recordNouns: Set<String> = ["data", "records", "details", "information", "files"]

  /// Nouns standing for a figure already given ("put the number at 80,000").
  static let figureNouns: Set<String> = ["number", "figure", "total", "toll", "count", "it"]

  /// Words of a change printed between an amount and its subject.
  static let changeWords: Set<String> = [
    "percent", "%", "down", "up", "closed", "ended", "opened", "grew",
  ]

  // MARK: - Percentage points

  /// The key of a change in percentage points whose slot is not yet known.
  static let pointChangeKey = "point-change"
  /// The subject of a change told of "that" ("That is up 8 percent"), until the caller names it.
  static let pronounChangeSubject = "\u{0}that"

  static let pointWords: [String: Double] = [
    "half-point": 0.5, "quarter-point": 0.25, "three-quarter-point": 0.75, "full-point": 1,
  ]

  /// Changes printed in percentage or basis points: "by half a percentage point", "0.25
  /// percentage points", "by 50 basis points", "the half-point rise", "a 25-basis-point cut".
  private func pointChanges(_ tokens: [Token], _ sentence: Range<Int>) -> [(
    value: Double, range: Range<Int>
  )] {
    func number(_ token: Token) -> Double? {
      QuantityReader.parseNumber(token.text) ?? QuantityReader.units[token.lower]
    }
    var found: [(Double, Range<Int>)] = []
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      let word = tokens[index].lower
      defer { index += 1 }
      if let value = Self.pointWords[word] {
        found.append((value, index..<(index + 1)))
        continue
      }
      // "25-basis-point", "0.5-percentage-point".
      let parts = word.split(separator: "-")
      if parts.count >= 3, let value = QuantityReader.parseNumber(String(parts[0])),
        ["point", "points"].contains(parts[parts.count - 1])
      {
        let basis = parts[1] == "basis"
        if basis || parts[1] == "percentage" {
          found.append((basis ? value / 100 : value, index..<(index + 1)))
        }
        continue
      }
      guard ["percentage", "basis"].contains(word), index + 1 < sentence.upperBound,
        ["point", "points"].contains(tokens[index + 1].lower), index > sentence.lowerBound
      else { continue }
      let end = index + 2
      let scale = word == "basis" ? 0.01 : 1
      let before = index - 1
      if let value = number(tokens[before]) {
        found.append((value * scale, before..<end))
      } else if before > sentence.lowerBound, tokens[before].lower == "a" {
        // "half a percentage point", "a quarter of a percentage point", "a full percentage point".
        var start = before - 1
        if tokens[start].lower == "of", start > sentence.lowerBound { start -= 1 }
        let fractions: [String: Double] = ["half": 0.5, "quarter": 0.25, "quarters": 0.75]
        if let fraction = fractions[tokens[start].lower] ?? Self.fraction(tokens[start].lower) {
          if start > sentence.lowerBound, tokens[start - 1].lower == "a" { start -= 1 }
          found.append((fraction * scale, start..<end))
        } else if tokens[before].lower == "a" {
          found.append((scale, before..<end))
        }
      }
    }
    return found
  }

  /// "two-tenths" → 0.2, "three-hundredths" → 0.03, "a tenth" (as "tenth") → 0.1.
  static func fraction(_ word: String) -> Double? {
    let parts = word.split(separator: "-").map(String.init)
    let denominators: [String: Double] = [
      "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    ]
    guard let last = parts.last, let denominator = denominators[last] else { return nil }
    let numerator = parts.count == 2 ? QuantityReader.units[parts[0]] : parts.count == 1 ? 1 : nil
    return numerator.map { $0 / denominator }
  }

  // MARK: - Single deaths

  /// "An 81-year-old woman died", "a man has been arrested", "police arrested a 54-year-old
  /// man": one person of a measure (`singleDeaths.measures`).
  private func singleDeaths(
    _ paragraph: Int, _ sentence: Range<Int>, _ context: Context, used: Set<Int>
  ) -> [ClaimMention] {
    let tokens = context.document.tokens[paragraph]
    var claims: [ClaimMention] = []
    for name in lexicon.singleMeasures {
      guard let measure = lexicon.measures.first(where: { $0.name == name }) else { continue }
      for article in sentence where ["a", "an"].contains(tokens[article].lower) {
        // The person noun within three words ("a 45-year-old local man").
        var noun: Int?
        var position = article + 1
        while position < min(sentence.upperBound, article + 5) {
          let token = tokens[position]
          if lexicon.singlePersons.contains(token.lower) {
            noun = position
            break
          }
          guard token.kind == .word || token.kind == .number,
            !Self.stopWords.contains(token.lower)
          else { break }
          position += 1
        }
        guard let noun else { continue }
        var range: Range<Int>
        // "Police arrested a 54-year-old man": the verb right before, taking the person.
        if let length = (1...2).first(where: { length in
          article - length >= sentence.lowerBound && !used.contains(article - length)
            && measure.triggers.match(at: article - length, in: tokens, end: article) == length
        }), name != "deaths" || !lexicon.intransitiveDeaths.contains(tokens[article - length].lower)
        {
          range = (article - length)..<(noun + 1)
        } else {
          var verb = noun + 1
          while verb < sentence.upperBound,
            Self.auxiliaries.contains(tokens[verb].lower)
              || Self.fillers.contains(tokens[verb].lower)
          {
            verb += 1
          }
          guard verb < sentence.upperBound, !used.contains(verb),
            let length = measure.triggers.match(at: verb, in: tokens, end: sentence.upperBound),
            !(noun + 1..<verb).contains(where: { tokens[$0].lower == "not" }),
            // "a man killed his wife" names a killer: only a passive or an intransitive verb.
            verb > noun + 1 || lexicon.intransitiveDeaths.contains(tokens[verb].lower)
          else { continue }
          range = article..<(verb + length)
        }
        let category = lexicon.categoryOfPhrase[tokens[noun].lower] ?? "people"
        let family = lexicon.familyOf[category] ?? "total"
        let key = name == family ? family : name + "-" + family
        claims.append(
          mention(
            key: key, measure: name, category: category, valueKind: .count, value: 1,
            valueMax: nil, unit: key, place: nil, support: .exactly(1), hard: .exactly(1),
            range: range, figure: article..<(noun + 1), approximated: false,
            approximate: false, day: nil, paragraph, sentence, context))
      }
    }
    return claims
  }

  // MARK: - Prices

  private func priceNoun(_ tokens: [Token], _ sentence: Range<Int>) -> Int? {
    sentence.first { lexicon.priceNouns.match(at: $0, in: tokens, end: sentence.upperBound) != nil }
  }

  /// +1 for a rise, −1 for a fall, nil when the sentence names neither.
  private func changeDirection(_ tokens: [Token], _ sentence: Range<Int>) -> Int? {
    if lexicon.rises.occurs(in: sentence, of: tokens) { return 1 }
    if lexicon.falls.occurs(in: sentence, of: tokens) { return -1 }
    return nil
  }

  /// The noun right before a rise or fall phrase that ends at the figure ("Diesel went up by 22
  /// percent" → "diesel"), unless it is a price noun itself.
  private func subjectOfChange(_ tokens: [Token], before figure: Int, _ sentence: Range<Int>)
    -> String?
  {
    var end = figure - 1
    if end > sentence.lowerBound, tokens[end].lower == "by" { end -= 1 }
    guard end >= sentence.lowerBound,
      let start = lexicon.rises.start(endingAt: end, in: tokens, from: sentence.lowerBound)
        ?? lexicon.falls.start(endingAt: end, in: tokens, from: sentence.lowerBound),
      start > sentence.lowerBound
    else { return nil }
    // ("bus fares would rise by a third": past the modal to the noun.)
    var at = start - 1
    while at > sentence.lowerBound, Self.modals.contains(tokens[at].lower) { at -= 1 }
    // "Average house prices in Norland fell": past the place to what changed.
    var place = at
    while place > sentence.lowerBound, tokens[place].isCapitalised, at - place < 3 { place -= 1 }
    if place < at, place > sentence.lowerBound,
      ["in", "across", "at"].contains(tokens[place].lower)
    {
      at = place - 1
    }
    let subject = tokens[at]
    guard subject.kind == .word, !Self.stopWords.contains(subject.lower),
      !Self.modals.contains(subject.lower), !subject.lower.hasSuffix("ly"),
      lexicon.priceNouns.match(at: at, in: tokens) == nil
    else { return nil }
    return subject.lower
  }

  /// The head of what a price is of: "the price of liquefied petroleum gas (LPG)" → gas,
  /// "fuel prices" → fuel.
  private func commodity(_ tokens: [Token], priceAt price: Int, sentence: Range<Int>) -> String {
    if price > sentence.lowerBound {
      let before = tokens[price - 1]
      if before.kind == .word, !before.isCapitalised || price - 1 == sentence.lowerBound,
        !Self.stopWords.contains(before.lower),
        !["the", "a", "an", "of", "its", "their", "his", "her"].contains(before.lower),
        lexicon.rises.match(at: price - 1, in: tokens) == nil,
        lexicon.falls.match(at: price - 1, in: tokens) == nil
      {
        return before.lower  // "fuel prices", "freight rates"
      }
    }
    var position = price + 1
    if position < sentence.upperBound, ["of", "for"].contains(tokens[position].lower) {
      position += 1
      var head: String?
      while position < min(sentence.upperBound, price + 9) {
        let token = tokens[position]
        guard token.kind == .word, !Self.stopWords.contains(token.lower),
          !token.lower.hasSuffix("ly"),  // "the price of gas nearly doubled"
          lexicon.rises.match(at: position, in: tokens) == nil,
          lexicon.falls.match(at: position, in: tokens) == nil,
          lexicon.ratios[token.lower] == nil
        else { break }
        if !["the", "a", "an", "its", "their", "his", "her"].contains(token.lower),
          !token.lower.hasSuffix("'s"), !token.lower.hasSuffix("’s")
        {
          head = token.lower
        }
        position += 1
      }
      if let head { return head }
    }
    return "unspecified"
  }

  /// "doubled", "the doubling of the price", and a rise or fall with no figure ("a sharp rise in
  /// the price of gas").
  private func ratioClaims(
    _ paragraph: Int, _ sentence: Range<Int>, _ context: Context, skip: Bool
  ) -> [ClaimMention] {
    let tokens = context.document.tokens[paragraph]
    guard var price = priceNoun(tokens, sentence) else { return [] }
    if let ratioAt = sentence.first(where: { lexicon.ratios[tokens[$0].lower] != nil }),
      let ratio = lexicon.ratios[tokens[ratioAt].lower], ratio.count == 3
    {
      // The price noun nearest the ratio word is the one that changed.
      let prices = sentence.filter {
        lexicon.priceNouns.match(at: $0, in: tokens, end: sentence.upperBound) != nil
      }
      price = prices.min { abs($0 - ratioAt) < abs($1 - ratioAt) } ?? price
      let key = "price-change-" + commodity(tokens, priceAt: price, sentence: sentence)
      let commodity = String(key.dropFirst("price-change-".count))
      let range = min(price, ratioAt)..<(max(price, ratioAt) + 1)
      return [
        mention(
          key: key, measure: "price-change", category: commodity, valueKind: .ratio,
          value: ratio[0], valueMax: nil, unit: "price-multiplier", place: nil,
          support: ValueRange(ratio[1], ratio[2]),
          hard: ValueRange(ratio[1] - 0.15 * ratio[0], ratio[2] + 0.15 * ratio[0]),
          range: range, figure: ratioAt..<(ratioAt + 1), approximated: false, approximate: false,
          day: nil, paragraph, sentence, context)
      ]
    }
    // A figure already read the change ("up by 50 percent").
    guard !skip else { return [] }
    let commodity = self.commodity(tokens, priceAt: price, sentence: sentence)
    let key = "price-change-" + commodity
    // A rise or fall word within four words of the price noun.
    let window = max(sentence.lowerBound, price - 4)..<min(sentence.upperBound, price + 7)
    for position in window {
      let rise = lexicon.rises.match(at: position, in: tokens, end: sentence.upperBound)
      let fall = lexicon.falls.match(at: position, in: tokens, end: sentence.upperBound)
      guard let length = rise ?? fall else { continue }
      let support =
        rise != nil ? ValueRange(1.1, .infinity, loOpen: true) : ValueRange(0, 0.9, hiOpen: true)
      let hard =
        rise != nil ? ValueRange(1, .infinity, loOpen: true) : ValueRange(0, 1, hiOpen: true)
      let range = min(price, position)..<max(price + 1, position + length)
      return [
        mention(
          key: key, measure: "price-change", category: commodity, valueKind: .ratio, value: nil,
          valueMax: nil, unit: "price-multiplier", place: nil, support: support, hard: hard,
          range: range, figure: position..<(position + length), approximated: false,
          approximate: false, day: nil, paragraph, sentence, context)
      ]
    }
    return []
  }

  // MARK: - Events

  private func eventClaims(
    _ paragraph: Int, _ sentence: Range<Int>, _ context: Context, dates: [DateReader.Found]
  ) -> [ClaimMention] {
    let tokens = context.document.tokens[paragraph]
    var claims: [ClaimMention] = []
    var possible = [Bool](repeating: false, count: lexicon.events.count)
    for index in sentence {
      for event in lexicon.eventsByFirstWord[tokens[index].lower] ?? [] { possible[event] = true }
    }
    for (number, event) in lexicon.events.enumerated() where possible[number] {
      var match: Range<Int>?
      var verbAt: Int?
      if let phrase = event.phrases.matches(in: sentence, of: tokens).first {
        match = phrase.start..<(phrase.start + phrase.length)
      } else {
        let verbs = event.verbs.matches(in: sentence, of: tokens)
        let objects = event.objects.matches(in: sentence, of: tokens)
        search: for verb in verbs {
          for object in objects where abs(object.start - verb.start) <= 8 {
            if tokens[object.start].lower == "it" { continue }
            // "Interior Minister Lena Vogt said 40 people had been arrested": the object is
            // the one who spoke, not the one the verb acted on.
            if object.start + object.length < verb.start,
              ((object.start + object.length)..<verb.start).contains(where: { position in
                let word = tokens[position].lower
                return cues.cue(at: position, in: tokens) != nil && !cues.isNounForm(word)
                  && (word.hasSuffix("ed") || ["said", "says", "told", "tells"].contains(word))
              })
            {
              continue
            }
            let lower = min(verb.start, object.start)
            let upper = max(verb.start + verb.length, object.start + object.length)
            match = lower..<upper
            verbAt = verb.start
            break search
          }
          // A pronoun subject ("it began", "since it had broken out") is the event its referent
          // names: the nearest event noun before it; an event listing "it" is the default.
          guard
            let pronoun = stride(
              from: verb.start - 1, through: max(sentence.lowerBound, verb.start - 3), by: -1
            )
            .first(where: { tokens[$0].lower == "it" })
          else { continue }
          let referent = eventReferent(before: pronoun, paragraph, context, verbOf: number)
          if referent == number
            || referent == nil && event.objects.match(at: pronoun, in: tokens) != nil
          {
            match = pronoun..<(verb.start + verb.length)
            verbAt = verb.start
            break search
          }
        }
      }
      guard var range = match else { continue }
      var valueKind = ClaimValueKind.event
      var key = event.key
      var support = ValueRange.exactly(1)
      var day: Int?
      var place: String?
      if let date = dates.first(where: { $0.explicit }) ?? dates.first {
        valueKind = .date
        day = date.day
        support = .exactly(Double(date.day))
        range =
          min(
            range.lowerBound, date.tokens.lowerBound)..<max(
            range.upperBound, date.tokens.upperBound)
      } else if let verbAt, let (found, placeRange) = placeAfter(verbAt, tokens, sentence) {
        valueKind = .place
        place = found
        key += "-place"
        range = range.lowerBound..<max(range.upperBound, placeRange.upperBound)
      }
      var future = false
      var negated = false
      if let verbAt {
        let before = max(sentence.lowerBound, verbAt - 3)..<verbAt
        future = lexicon.future.occurs(in: before, of: tokens)
        negated = lexicon.negations.occurs(in: before, of: tokens)
      }
      var claim = mention(
        key: key, measure: event.key, category: "", valueKind: valueKind,
        value: day.map { Double(CalendarDay.compact($0)) }, valueMax: nil,
        unit: valueKind == .date ? "date" : valueKind == .place ? "place" : "event",
        place: place, support: support, hard: support, range: range, figure: range,
        approximated: false, approximate: false, day: day, paragraph, sentence, context)
      if future { claim.cueClass = .future }
      claim.negated = negated
      claims.append(claim)
    }
    return claims
  }

  /// The event whose object noun comes nearest before `position` (in its paragraph, else the one
  /// before), among the events sharing a verb with event `verbOf`; `nil` when none is named.
  private func eventReferent(
    before position: Int, _ paragraph: Int, _ context: Context, verbOf event: Int
  ) -> Int? {
    let verbs = Set(lexicon.events[event].verbWords)
    let candidates = lexicon.events.indices.filter {
      !verbs.isDisjoint(with: lexicon.events[$0].verbWords)
    }
    var remaining = 120  // tokens looked at: a referent further back is not "it"
    for back in stride(from: paragraph, through: max(0, paragraph - 1), by: -1) {
      let tokens = context.document.tokens[back]
      var index = back == paragraph ? position - 1 : tokens.count - 1
      while index >= 0 && remaining > 0 {
        for candidate in candidates
        where tokens[index].lower != "it"
          && lexicon.events[candidate].objects.match(at: index, in: tokens) != nil
        {
          return candidate
        }
        index -= 1
        remaining -= 1
      }
    }
    return nil
  }

  /// "began in the city of Zhanaozen": the place right after an event verb.
  private func placeAfter(
    _ verb: Int, _ tokens: [Token], _ sentence: Range<Int>
  ) -> (String, Range<Int>)? {
    var position = verb + 1
    while position < min(sentence.upperBound, verb + 4) {
      if tokens[position].lower == "in" { break }
      position += 1
    }
    guard position < sentence.upperBound, tokens[position].lower == "in" else { return nil }
    var candidate = position + 1
    while candidate < min(sentence.upperBound, position + 6) {
      let token = tokens[candidate]
      if token.isCapitalised {
        // "in May", "in Sunday's clashes" are times, not places.
        guard DateReader.months[token.lower] == nil, DateReader.weekdays[token.lower] == nil else {
          return nil
        }
        return (token.text, position..<(candidate + 1))
      }
      guard token.kind == .word else { return nil }
      candidate += 1
    }
    return nil
  }

  // MARK: - Attribution

  private static let reportVerbs: Set<String> = ["said", "say", "says", "told", "confirmed"]
  /// Auxiliaries that give a source's description a clause of its own ("were detained").
  private static let clauseAuxiliaries: Set<String> = [
    "was", "were", "is", "are", "have", "has", "had", "been",
  ]

  /// Whether a figure counts the sources of the sentence's report ("…, three people briefed on
  /// the inquiry said.", "two officials familiar with the talks told the paper."): no claim.
  private func countsSources(_ tokens: [Token], _ figure: Range<Int>, _ sentence: Range<Int>)
    -> Bool
  {
    guard
      figure.lowerBound == sentence.lowerBound || tokens[figure.lowerBound - 1].isPunctuation(","),
      figure.upperBound < sentence.upperBound
    else { return false }
    let noun = tokens[figure.upperBound].lower
    guard
      noun == "people" || noun == "sources" || mentions.genericHeads.contains(noun)
        || mentions.spokespersonWords.contains(noun) || mentions.isPersonNoun(noun)
    else { return false }
    let window = (figure.upperBound + 1)..<min(sentence.upperBound, figure.upperBound + 9)
    guard let verb = window.first(where: { Self.reportVerbs.contains(tokens[$0].lower) }) else {
      return false
    }
    // Between the noun and the verb a description, no clause of its own ("were detained, police").
    guard
      !tokens[(figure.upperBound + 1)..<verb].contains(where: {
        $0.kind == .punctuation || $0.kind == .number || Self.clauseAuxiliaries.contains($0.lower)
      })
    else { return false }
    // After the verb, at most its object ("told Reuters").
    return tokens[(verb + 1)..<sentence.upperBound].filter { $0.kind != .punctuation }.count <= 3
  }

  // swiftlint-style long signature: every part of a mention is decided by its caller.
  private func mention(
    key: String, measure: String, category: String, valueKind: ClaimValueKind, value: Double?,
    valueMax: Double?, unit: String, place: String?, support: ValueRange, hard: ValueRange,
    range: Range<Int>, figure: Range<Int>, approximated: Bool, approximate: Bool, day: Int?,
    _ paragraph: Int, _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention {
    let tokens = context.document.tokens[paragraph]
    let textRange =
      tokens[range.lowerBound].range
      .lowerBound..<tokens[range.upperBound - 1].range
      .upperBound
    let span = context.article.span(of: textRange, lines: context.lines)
    var (assertedBy, cue, cueClass, role) = attribution(span, range, paragraph, sentence, context)
    var hedged = approximated
    if lexicon.doubts.occurs(in: sentence, of: tokens) {
      cueClass = .doubt
      hedged = true
    } else if cueClass == .bare || cueClass == .neutral {
      let near = max(sentence.lowerBound, figure.lowerBound - 4)..<figure.lowerBound
      if lexicon.possible.occurs(in: near, of: tokens) {
        cueClass = .possible
        hedged = true
      } else if lexicon.probable.occurs(in: near, of: tokens) {
        cueClass = .probable
        hedged = true
      }
    }
    if cueClass == .hedge { hedged = true }
    // Scare quotes round the figure itself: “20,000 bandits”.
    let scareQuoted =
      figure.lowerBound > 0 && DocumentText.isMark(tokens[figure.lowerBound - 1])
      && context.document.isQuoted(paragraph, figure.lowerBound)
      && (figure.upperBound..<min(tokens.count, figure.upperBound + 5)).contains {
        DocumentText.isMark(tokens[$0])
      }
    if scareQuoted && (cueClass == .bare || cueClass == .neutral) { cueClass = .distancing }
    let scope = self.scope(tokens, around: range, sentence: sentence)
    // "since 2009, when 96 people died", "killed 17 years ago": a past event's figure is a slot
    // of its own, never a conflict with today's.
    // (Tolls and counts of an event only: "lost 212 million crowns in 2025" is the year's result.)
    var key = key
    if unit != "date", !key.hasSuffix("-earlier"),
      lexicon.measures.first(where: { $0.name == measure })?.kind == .cumulative,
      isPast(figure, in: tokens, sentence: sentence, year: context.year)
    {
      key += "-earlier"
    }
    var claim = ClaimMention(
      key: key, measure: measure, category: category, scope: scope,
      country: context.country?.name ?? "", valueKind: valueKind, value: value,
      valueMax: valueMax, unit: unit, place: place, support: support, hard: hard,
      text: context.article.string(textRange), span: span, assertedBy: assertedBy, cue: cue,
      cueClass: cueClass, hedged: hedged, negated: false, approximate: approximate,
      scareQuoted: scareQuoted, day: day)
    claim.originRole = role
    return claim
  }

  /// Whether a figure belongs to an event before the article's: after "<year>, when" or with
  /// "in <year>" right after it (a year before publication), or in a sentence dated "… years
  /// ago".
  private func isPast(_ figure: Range<Int>, in tokens: [Token], sentence: Range<Int>, year: Int?)
    -> Bool
  {
    func isEarlierYear(_ index: Int) -> Bool {
      guard let year, tokens[index].kind == .number, tokens[index].text.count == 4,
        let value = Int(tokens[index].text)
      else { return false }
      return (1900..<year).contains(value)
    }
    let before = max(sentence.lowerBound, figure.lowerBound - 8)..<figure.lowerBound
    if let when = before.last(where: { tokens[$0].lower == "when" }),
      (max(sentence.lowerBound, when - 3)..<when).contains(where: isEarlierYear)
    {
      return true
    }
    // "In 2021 a blaze in the same unit injured four people": a sentence set in an earlier year.
    if sentence.count > 2, tokens[sentence.lowerBound].lower == "in",
      sentence.lowerBound + 1 < figure.lowerBound, isEarlierYear(sentence.lowerBound + 1)
    {
      return true
    }
    let after = figure.upperBound..<min(sentence.upperBound, figure.upperBound + 8)
    if after.contains(where: {
      $0 > after.lowerBound && tokens[$0 - 1].lower == "in" && isEarlierYear($0)
    }) {
      return true
    }
    // ("last year" is no past event: it is the period annual figures report.)
    return sentence.contains { index in
      index > sentence.lowerBound && tokens[index].lower == "ago"
        && ["years", "decades"].contains(tokens[index - 1].lower)
    }
  }

  /// A mention of a figure as printed: its value, bounds and approximation are `quantity`'s.
  private func figureMention(
    key: String, measure: String, category: String, valueKind: ClaimValueKind = .count,
    unit: String, _ quantity: Quantity, range: Range<Int>, _ paragraph: Int,
    _ sentence: Range<Int>, _ context: Context
  ) -> ClaimMention {
    // "processes 220,000 barrels of crude a day": a rate is a slot of its own, not a count.
    var key = key
    let tokens = context.document.tokens[paragraph]
    var next = range.upperBound
    if next + 1 < sentence.upperBound, tokens[next].lower == "of",
      tokens[next + 1].kind == .word, !tokens[next + 1].isCapitalised
    {
      next += 2
    }
    if key.hasPrefix("count-"), !key.contains("-per-"),
      let period = rate(tokens, at: next, end: sentence.upperBound)
    {
      key += "-per-" + period
    }
    return mention(
      key: key, measure: measure, category: category, valueKind: valueKind, value: quantity.value,
      valueMax: quantity.valueMax, unit: unit, place: nil, support: quantity.support,
      hard: quantity.hard, range: range, figure: quantity.tokens,
      approximated: quantity.approximated, approximate: false, day: nil, paragraph, sentence,
      context)
  }

  /// Who asserts a span: the speaker of the quote holding it, an unspecified source behind a
  /// hedge, the government behind "officially", or the outlet.
  private func attribution(
    _ span: TextSpan, _ range: Range<Int>, _ paragraph: Int, _ sentence: Range<Int>,
    _ context: Context
  ) -> (String, String, CueClass, String?) {
    let tokens = context.document.tokens[paragraph]
    // Hedges count near the mention, not anywhere in a long sentence.
    let near =
      max(
        sentence.lowerBound, range.lowerBound - 6)..<min(sentence.upperBound, range.upperBound + 6)
    let holding = context.quotes(overlapping: span.start, span.end).filter {
      let overlap = min($0.span.end, span.end) - max($0.span.start, span.start)
      return overlap > 0 && overlap * 2 >= span.end - span.start
    }
    // The tightest quote wins (a fragment inside a paraphrase).
    if let quote = holding.min(by: {
      ($0.span.end - $0.span.start, $0.span.start) < ($1.span.end - $1.span.start, $1.span.start)
    }) {
      let cue = quote.cue.lowercased()
      if quote.speaker == "unknown" {
        let hedgedSource = lexicon.hedges.occurs(in: near, of: tokens)
        return ("unknown", cue, hedgedSource ? .hedge : .neutral, nil)
      }
      let first = cue.split(separator: " ").first.map(String.init) ?? cue
      let cueClass: CueClass =
        lexicon.factive.contains(first)
        ? .factive : lexicon.distancing.contains(first) ? .distancing : .neutral
      return (quote.speaker, quote.cue, cueClass, quote.role ?? quote.mention)
    }
    // "…, according to the ministry, and nine officers were injured": the sentence's source.
    let sentenceStart = tokens[sentence.lowerBound].range.lowerBound
    let sentenceEnd = tokens[sentence.upperBound - 1].range.upperBound
    let sentenceText = context.article.span(of: sentenceStart..<sentenceEnd, lines: context.lines)
    if let source = context.quotes(overlapping: sentenceText.start, sentenceText.end).first(where: {
      $0.cue.lowercased().hasPrefix("according") && $0.speaker != "unknown"
        && $0.span.start >= sentenceText.start && $0.span.end <= sentenceText.end
    }) {
      return (source.speaker, source.cue, .neutral, source.role ?? source.mention)
    }
    if let hedge = lexicon.hedges.matches(in: near, of: tokens).first {
      let words = tokens[hedge.start..<(hedge.start + hedge.length)].map(\.text)
      return ("unknown", words.joined(separator: " "), .hedge, nil)
    }
    if let official = sentence.first(where: { lexicon.officialAdverbs.contains(tokens[$0].lower) })
    {
      let authorities = (context.country?.adjective).map { $0 + " authorities" } ?? "authorities"
      let next = official + 1 < sentence.upperBound ? " " + tokens[official + 1].text : ""
      return (authorities, tokens[official].text + next, .factive, nil)
    }
    return ("outlet", "", .bare, nil)
  }

  /// The place a figure covers: a city or region named after "in" in its sentence, nearest first.
  private func scope(_ tokens: [Token], around range: Range<Int>, sentence: Range<Int>) -> String {
    var best: (distance: Int, name: String)?
    for position in sentence where tokens[position].isCapitalised {
      let bare = MentionParser.withoutPossessive(tokens[position].text)
      guard mentions.places.contains(bare) else { continue }
      let window = max(sentence.lowerBound, position - 5)..<position
      guard window.contains(where: { tokens[$0].lower == "in" }) else { continue }
      let distance =
        position >= range.upperBound
        ? position - range.upperBound : max(0, range.lowerBound - position)
      if distance < (best?.distance ?? Int.max) { best = (distance, bare) }
    }
    return best?.name ?? ""
  }
}
