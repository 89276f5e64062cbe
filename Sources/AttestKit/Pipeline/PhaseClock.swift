import Foundation

/// The time each stage of a run takes, printed on standard error when the environment sets
/// `ATTEST_TIMINGS` (`scripts/bench` reads the lines); nothing is measured otherwise.
public enum PhaseClock {
  /// Whether stages are timed.
  public static let isOn = !(ProcessInfo.processInfo.environment["ATTEST_TIMINGS"] ?? "").isEmpty

  /// Runs `body`; when timing is on, prints `attest: time STAGE SECONDS s` once it returns.
  public static func time<Value>(_ stage: String, _ body: () throws -> Value) rethrows -> Value {
    guard isOn else { return try body() }
    let start = now()
    defer { report(stage, since: start) }
    return try body()
  }

  /// The clock's reading, for a stage that ends with `report`.
  static func now() -> UInt64 { isOn ? DispatchTime.now().uptimeNanoseconds : 0 }

  /// Prints the time since `start` when timing is on.
  static func report(_ stage: String, since start: UInt64) {
    guard isOn else { return }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    FileHandle.standardError.write(
      Data("attest: time \(stage) \(String(format: "%.3f", seconds)) s\n".utf8))
  }
}
