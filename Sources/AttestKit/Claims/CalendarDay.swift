/// Whole UTC days as integers (days since 1970-01-01), with proleptic Gregorian arithmetic and no
/// time zones, so that dates resolve the same on every machine.
public enum CalendarDay {
  /// The day number of a civil date.
  public static func day(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The civil date of a day number.
  public static func civil(_ number: Int) -> (year: Int, month: Int, day: Int) {
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The day of an ISO `YYYY-MM-DD` string (a longer timestamp is cut to its date).
  public static func parse(_ text: String?) -> Int? {
    guard let text else { return nil }
    let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
      return nil
    }
    return day(year: parts[0], month: parts[1], day: parts[2])
  }

  /// `YYYY-MM-DD`.
  public static func iso(_ number: Int) -> String {
    let (year, month, day) = civil(number)
    return String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-"
      + (day < 10 ? "0" : "") + String(day)
  }

  /// The integer `YYYYMMDD` the claims contract prints for dates.
  public static func compact(_ number: Int) -> Int {
    let (year, month, day) = civil(number)
    return year * 10_000 + month * 100 + day
  }

  /// 0 = Monday … 6 = Sunday.
  public static func weekday(_ number: Int) -> Int {
    ((number % 7) + 7 + 3) % 7
  }
}
