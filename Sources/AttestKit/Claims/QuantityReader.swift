/// A figure as printed, normalised to what it asserts (`support`) and what it rules out (`hard`),
/// after the value table of the scoring model.
struct Quantity {
  /// Its tokens, modifiers included.
  var tokens: Range<Int>
  /// The number printed (`nil` for vague amounts).
  var value: Double?
  /// The upper end of a printed range.
  var valueMax: Double?
  var support: ValueRange
  var hard: ValueRange
  /// Whether an approximator ("around", "almost") came with it.
  var approximated: Bool
  /// Whether `%` or "percent" follows.
  var isPercent: Bool
}

/// Reads numbers, number words and vague amounts ("dozens", "more than 1,000") from tokens.
enum QuantityReader {
  static let units: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
  ]
  /// Periods counted one at a time: "for a month".
  static let periods: Set<String> = ["day", "week", "fortnight", "month", "year", "decade"]
  static let multipliers: [String: Double] = [
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
  ]
  /// Vague amounts: support and hard intervals.
  static let vague: [[String]: (ValueRange, ValueRange)] = [
    ["a", "dozen"]: (ValueRange(10, 14), ValueRange(8, 16)),
    ["dozen"]: (ValueRange(10, 14), ValueRange(8, 16)),
    ["a", "handful"]: (ValueRange(3, 7), ValueRange(2, 9)),
    ["several"]: (ValueRange(3, 9), ValueRange(3, 12)),
    ["a", "few"]: (ValueRange(2, 5), ValueRange(2, 7)),
    ["dozens"]: (ValueRange(24, 99), ValueRange(13, 199)),
    ["scores"]: (ValueRange(40, 99), ValueRange(20, 199)),
    ["hundreds", "of", "thousands"]: (ValueRange(200_000, 999_999), ValueRange(100_000, 1_999_999)),
    ["tens", "of", "thousands"]: (ValueRange(20_000, 99_999), ValueRange(10_000, 199_999)),
    ["hundreds"]: (ValueRange(200, 999), ValueRange(100, 1_999)),
    ["thousands"]: (ValueRange(2_000, 9_999), ValueRange(1_000, 19_999)),
  ]

  /// How a modifier reshapes a value.
  enum Modifier {
    case about, nearly, moreThan, atLeast, upTo, fewerThan
  }

  static let modifiers: [([String], Modifier)] = [
    (["in", "excess", "of"], .moreThan), (["more", "than"], .moreThan), (["over"], .moreThan),
    (["above"], .moreThan), (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast),
    (["as", "many", "as"], .upTo), (["as", "much", "as"], .upTo), (["up", "to"], .upTo),
    (["fewer", "than"], .fewerThan),
    (["less", "than"], .fewerThan), (["under"], .fewerThan), (["just", "under"], .nearly),
    (["close", "to"], .nearly), (["nearly"], .nearly), (["almost"], .nearly),
    (["an", "estimated"], .about), (["estimated"], .about), (["about"], .about),
    (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
    (["circa"], .about),
  ]

  /// Reads a quantity starting at `index` (its modifiers are looked for before it).
  static func read(at index: Int, in tokens: [Token], end: Int) -> Quantity? {
    if let (fraction, length) = share(at: index, in: tokens, end: end) {
      // "two-thirds of households", "a quarter of the cases": a share, as a percentage.
      let value = (fraction * 1000).rounded() / 10
      let (modifier, start) = modifier(before: index, in: tokens)
      let (support, hard) = intervalsOf(value, modifier: modifier)
      return Quantity(
        tokens: start..<(index + length), value: value, valueMax: nil, support: support,
        hard: hard, approximated: modifier == .about || modifier == .nearly, isPercent: true)
    }
    var position = index
    var value: Double?
    var intervals: (ValueRange, ValueRange)?
    let token = tokens[position]
    if let (number, _) = adjectivalLength(token) ?? adjectivalPeriod(token) {
      // "The 420-metre bridge", "a 48-hour strike": one word, a length or a period.
      value = number
      position += 1
    } else if token.kind == .number {
      guard let number = parseNumber(token.text) else { return nil }
      // A year ("in 2019") is not a figure; "1,991" would be.
      if !token.text.utf8.contains(where: { $0 == 0x2C || $0 == 0x2E }),
        (1800...2100).contains(number),
        token.text.count == 4
      {
        return nil
      }
      // An ordinal ("4th") is a date's day.
      if position + 1 < end, !tokens[position + 1].spaceBefore,
        ["st", "nd", "rd", "th"].contains(tokens[position + 1].lower)
      {
        return nil
      }
      value = number
      position += 1
      if position < end, let factor = multipliers[tokens[position].lower] {
        value = number * factor
        position += 1
      }
    } else if let (words, pair) = vagueMatch(at: position, in: tokens, end: end) {
      intervals = pair
      position += words
    } else if let number = wordNumber(at: &position, in: tokens, end: end) {
      value = number
    } else if tokens[position].lower == "a", position + 1 < end,
      let factor = multipliers[tokens[position + 1].lower]
    {
      value = factor  // "a million", "a thousand"
      position += 2
    } else if ["a", "an"].contains(tokens[position].lower), position + 1 < end,
      periods.contains(tokens[position + 1].lower), index > 0,
      ["for", "least", "than", "nearly", "almost", "about", "within", "over"].contains(
        tokens[index - 1].lower)
        || position + 2 < end && tokens[position + 2].lower == "of"
    {
      // "closed for at least a month", "a day of national mourning": one period (not
      // "barrels a day").
      value = 1
      position += 1
    } else {
      return nil
    }
    // Ranges: "10 to 20", "10-20" (but "from 62 to 64" is a change, two figures).
    var valueMax: Double?
    let afterFrom = index > 0 && tokens[index - 1].lower == "from"
    if let low = value, position + 1 < end, !afterFrom,
      tokens[position].lower == "to" || tokens[position].isPunctuation("-")
        || tokens[position].isPunctuation("–")
    {
      // "10 to 20", "four to six weeks".
      var next = position + 1
      let high =
        tokens[next].kind == .number
        ? parseNumber(tokens[next].text).map { number -> Double in
          next += 1
          return number
        }
        : units[tokens[next].lower] != nil ? wordNumber(at: &next, in: tokens, end: end) : nil
      if let high, high > low {
        valueMax = high
        position = next
      }
    }
    var isPercent = false
    if position < end {
      let next = tokens[position].lower
      if next == "%" || next == "percent" {
        isPercent = true
        position += 1
      } else if next == "per", position + 1 < end, tokens[position + 1].lower == "cent" {
        isPercent = true
        position += 2
      }
    }
    // Modifiers before the figure.
    var (modifier, start) = modifier(before: index, in: tokens)
    if index >= 3, tokens[index - 1].lower == "and", let low = precedingBetween(index, tokens) {
      // "between 10 and 20": the figure read is the upper end.
      if let high = value {
        value = low
        valueMax = high
        start = index - 3
      }
    }
    let (support, hard): (ValueRange, ValueRange)
    if let intervals {
      (support, hard) = shaped(intervals, by: modifier)
    } else if let value {
      if let valueMax {
        (support, hard) = (ValueRange(value, valueMax), ValueRange(value * 0.9, valueMax * 1.1))
      } else {
        (support, hard) = intervalsOf(value, modifier: modifier)
      }
    } else {
      return nil
    }
    return Quantity(
      tokens: start..<position, value: value, valueMax: valueMax, support: support, hard: hard,
      approximated: modifier == .about || modifier == .nearly, isPercent: isPercent)
  }

  /// Length units printed joined to their number ("420-metre", "70-foot").
  static let joinedLengthUnits: Set<String> = [
    "metre", "meter", "foot", "kilometre", "kilometer", "mile", "km",
  ]
  /// Periods printed joined to their number ("48-hour", "three-day"), and their units.
  static let joinedPeriods: [String: String] = [
    "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
    "year": "years",
  ]

  /// A number and a length unit printed as one word: "420-metre" → (420, "metre").
  static func adjectivalLength(_ token: Token) -> (Double, String)? {
    joined(token).flatMap { joinedLengthUnits.contains($0.1) ? $0 : nil }
  }

  /// A number and a period printed as one word: "48-hour" → (48, "hours"), "three-day" → (3,
  /// "days"); not "34-year-old".
  static func adjectivalPeriod(_ token: Token) -> (Double, String)? {
    joined(token).flatMap { number, unit in joinedPeriods[unit].map { (number, $0) } }
  }

  private static func joined(_ token: Token) -> (Double, String)? {
    guard let hyphen = token.text.firstIndex(of: "-") else { return nil }
    let unit = token.text[token.text.index(after: hyphen)...].lowercased()
    let head = String(token.text[..<hyphen])
    guard let number = parseNumber(head) ?? units[head.lowercased()] else { return nil }
    return (number, unit)
  }

  /// Denominators of shares: "a third", "two-thirds", "three quarters".
  static let denominators: [String: Double] = [
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
  ]

  /// A share of a group followed by "of" ("two-thirds of", "a quarter of", "half of"): the
  /// fraction and how many tokens print it.
  static func share(at index: Int, in tokens: [Token], end: Int) -> (Double, Int)? {
    let word = tokens[index].lower
    var fraction: Double?
    var length = 1
    let parts = word.split(separator: "-").map(String.init)
    if parts.count == 2, let numerator = units[parts[0]], let denominator = denominators[parts[1]] {
      fraction = numerator / denominator  // "two-thirds", "one-quarter"
    } else if word == "half" {
      // Not "the second half of the year".
      let before = index > 0 ? tokens[index - 1].lower : ""
      if !["first", "second", "latter", "other", "the", "a", "and"].contains(before) {
        fraction = 0.5
      }
    } else if index + 1 < end, let denominator = denominators[tokens[index + 1].lower],
      ["a", "an", "one"].contains(word)
        || (units[word] != nil && tokens[index + 1].lower.hasSuffix("s"))
    {
      fraction = (units[word] ?? 1) / denominator  // "a third", "two thirds"
      length = 2
    }
    // "two-thirds of households", and a change by a share: "rose by a quarter", "fall by about
    // a third".
    let approximated =
      index > 1 && tokens[index - 2].lower == "by"
      && ["about", "around", "roughly", "nearly", "almost", "more", "over"].contains(
        tokens[index - 1].lower)
    guard let fraction, fraction < 1, index + length <= end,
      index + length < end && tokens[index + length].lower == "of"
        || index > 0 && tokens[index - 1].lower == "by" || approximated
    else { return nil }
    return (fraction, length)
  }

  /// The modifier printed right before `index` ("more than", "up to") and where it starts.
  static func modifier(before index: Int, in tokens: [Token]) -> (Modifier?, Int) {
    for (words, kind) in modifiers where index >= words.count {
      let from = index - words.count
      if (0..<words.count).allSatisfy({ tokens[from + $0].lower == words[$0] }) {
        return (kind, from)
      }
    }
    return (nil, index)
  }

  /// Support and hard intervals of a number with a modifier (design note, §4).
  static func intervalsOf(_ n: Double, modifier: Modifier?) -> (ValueRange, ValueRange) {
    switch modifier {
    case nil:
      if isRound(n) {
        return (ValueRange(0.95 * n, 1.05 * n), ValueRange(0.9 * n, 1.1 * n))
      }
      return (.exactly(n), .exactly(n))
    case .about: return (ValueRange(0.9 * n, 1.1 * n), ValueRange(0.8 * n, 1.25 * n))
    case .nearly: return (ValueRange(0.9 * n, n, hiOpen: true), ValueRange(0.8 * n, n))
    case .moreThan:
      return (ValueRange(n, 1.5 * n, loOpen: true), ValueRange(n, .infinity, loOpen: true))
    case .atLeast: return (ValueRange(n, 1.5 * n), ValueRange(n, .infinity))
    case .upTo: return (ValueRange(0.5 * n, n), ValueRange(0, n))
    case .fewerThan: return (ValueRange(0.5 * n, n, hiOpen: true), ValueRange(0, n, hiOpen: true))
    }
  }

  /// A vague amount under a modifier: "more than dozens" keeps the bounds it can.
  private static func shaped(
    _ pair: (ValueRange, ValueRange), by modifier: Modifier?
  ) -> (ValueRange, ValueRange) {
    switch modifier {
    case .moreThan, .atLeast:
      return (pair.0, ValueRange(pair.1.lo, .infinity))
    case .upTo, .fewerThan:
      return (pair.0, ValueRange(0, pair.1.hi))
    default:
      return pair
    }
  }

  /// Round numbers: two or more trailing zeros, or a multiple of 500 above 1,000.
  static func isRound(_ n: Double) -> Bool {
    guard n == n.rounded(), n >= 100, let whole = Int(exactly: n) else { return false }
    return whole % 100 == 0 || (whole > 1_000 && whole % 500 == 0)
  }

  /// The largest figure read as a quantity: beyond it a digit string is an identifier or noise.
  static let largestFigure = 1e15

  static func parseNumber(_ text: String) -> Double? {
    guard let value = Double(text.replacingOccurrences(of: ",", with: "")), value.isFinite,
      abs(value) < largestFigure
    else { return nil }
    return value
  }

  /// First words of the vague amounts: most tokens are ruled out by one set lookup.
  static let vagueStarts = Set(vague.keys.compactMap(\.first))

  private static func vagueMatch(
    at index: Int, in tokens: [Token], end: Int
  ) -> (Int, (ValueRange, ValueRange))? {
    guard vagueStarts.contains(tokens[index].lower) else { return nil }
    var best: (Int, (ValueRange, ValueRange))?
    for (words, pair) in vague where index + words.count <= end {
      if (0..<words.count).allSatisfy({ tokens[index + $0].lower == words[$0] }),
        words.count > (best?.0 ?? 0)
      {
        best = (words.count, pair)
      }
    }
    guard let best else { return nil }
    // "scores" and "hundreds" count only when something is counted: "hundreds of protesters".
    let after = index + best.0
    if ["scores", "hundreds", "thousands", "dozens"].contains(tokens[index].lower),
      best.0 == 1, after < end, tokens[after].lower != "of"
    {
      return nil
    }
    return best
  }

  /// "six", "twenty-five", "two hundred", "three thousand".
  private static func wordNumber(at position: inout Int, in tokens: [Token], end: Int) -> Double? {
    let word = tokens[position].lower
    var number: Double
    if let unit = units[word] {
      number = unit
    } else if word.utf8.contains(UInt8(ascii: "-")) {
      let parts = word.split(separator: "-").map(String.init)
      guard parts.count == 2, let tens = units[parts[0]], let one = units[parts[1]], tens >= 20,
        one < 10
      else { return nil }
      number = tens + one
    } else {
      return nil
    }
    position += 1
    while position < end, let factor = multipliers[tokens[position].lower] {
      number *= factor
      position += 1
    }
    return number
  }

  private static func precedingBetween(_ index: Int, _ tokens: [Token]) -> Double? {
    guard index >= 3, tokens[index - 3].lower == "between", tokens[index - 2].kind == .number
    else { return nil }
    return parseNumber(tokens[index - 2].text)
  }
}
