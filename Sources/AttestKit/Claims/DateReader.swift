/// Reads calendar dates and relative days.
///
/// Calendar dates: "January 2", "2 January 2022", "Jan. 5", "January the 4th". Relative days
/// ("on Sunday", "yesterday", "last night") resolve against the publication day.
enum DateReader {
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3,
    "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7,
    "jul.": 7, "august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9,
    "sep.": 9, "october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
  ]
  static let weekdays: [String: Int] = [
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
  ]

  /// A date found in text.
  struct Found {
    var tokens: Range<Int>
    var day: Int
    /// Whether the text printed the calendar date (not a weekday or "yesterday").
    var explicit: Bool
  }

  /// Every date in `range`, left to right.
  static func dates(in range: Range<Int>, of tokens: [Token], anchor: Int?) -> [Found] {
    var found: [Found] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let date = read(at: index, in: tokens, end: range.upperBound, anchor: anchor) {
        found.append(date)
        index = date.tokens.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  private static func read(at index: Int, in tokens: [Token], end: Int, anchor: Int?) -> Found? {
    let token = tokens[index]
    var month = months[token.lower]
    if month != nil, token.lower.count <= 4, !token.lower.hasSuffix("."),
      !token.isCapitalised
    {
      month = nil  // "may", "mar" in lower case are words
    }
    if token.lower == "may" && !token.isCapitalised { month = nil }
    if let month {
      // Month [.] [the] Day[th] [,] [Year]
      var position = index + 1
      if position < end, tokens[position].isPunctuation(".") { position += 1 }
      if position < end, tokens[position].lower == "the" { position += 1 }
      guard position < end, tokens[position].kind == .number, let day = Int(tokens[position].text),
        (1...31).contains(day)
      else { return nil }
      position += 1
      position = skipOrdinal(position, tokens, end)
      let (year, after) = readYear(position, tokens, end)
      return resolve(month: month, day: day, year: year, tokens: index..<after, anchor: anchor)
    }
    if token.kind == .number, let day = Int(token.text), (1...31).contains(day) {
      // Day[th] [of] Month [Year]
      var position = skipOrdinal(index + 1, tokens, end)
      if position < end, tokens[position].lower == "of" { position += 1 }
      guard position < end, let month = months[tokens[position].lower],
        tokens[position].isCapitalised
      else { return nil }
      position += 1
      if position < end, tokens[position].isPunctuation("."), !tokens[position].spaceBefore {
        position += 1
      }
      let (year, after) = readYear(position, tokens, end)
      return resolve(month: month, day: day, year: year, tokens: index..<after, anchor: anchor)
    }
    guard let anchor else { return nil }
    if let weekday = weekdays[token.lower], token.isCapitalised {
      // The latest such day on or before the anchor.
      let back = (CalendarDay.weekday(anchor) - weekday + 7) % 7
      return Found(tokens: index..<(index + 1), day: anchor - back, explicit: false)
    }
    if token.lower == "yesterday" {
      return Found(tokens: index..<(index + 1), day: anchor - 1, explicit: false)
    }
    if token.lower == "last", index + 1 < end, tokens[index + 1].lower == "night" {
      return Found(tokens: index..<(index + 2), day: anchor - 1, explicit: false)
    }
    return nil
  }

  private static func skipOrdinal(_ position: Int, _ tokens: [Token], _ end: Int) -> Int {
    if position < end, !tokens[position].spaceBefore,
      ["st", "nd", "rd", "th"].contains(tokens[position].lower)
    {
      return position + 1
    }
    return position
  }

  private static func readYear(_ start: Int, _ tokens: [Token], _ end: Int) -> (Int?, Int) {
    var position = start
    if position < end, tokens[position].isPunctuation(",") { position += 1 }
    if position < end, tokens[position].kind == .number, tokens[position].text.count == 4,
      let year = Int(tokens[position].text), (1800...2100).contains(year)
    {
      return (year, position + 1)
    }
    return (nil, start)
  }

  private static func resolve(
    month: Int, day: Int, year: Int?, tokens: Range<Int>, anchor: Int?
  ) -> Found? {
    if let year {
      return Found(
        tokens: tokens, day: CalendarDay.day(year: year, month: month, day: day), explicit: true)
    }
    guard let anchor else { return nil }
    let anchorYear = CalendarDay.civil(anchor).year
    var number = CalendarDay.day(year: anchorYear, month: month, day: day)
    // "December 30" in a January article is last year's.
    if number > anchor + 31 {
      number = CalendarDay.day(year: anchorYear - 1, month: month, day: day)
    }
    return Found(tokens: tokens, day: number, explicit: true)
  }
}
