import AttestKit
@preconcurrency import CReadline
import Foundation
import Synchronization

/// GNU readline, wrapped: line editing, history, Ctrl-R, TAB completion and Ctrl-C handling.
///
/// This is the only file that touches readline's C globals. It imports CReadline with
/// `@preconcurrency` (SE-0412), runs on the main thread only, frees every buffer readline returns,
/// and keeps the state C callbacks need in `static let` Mutex/Atomic values, because a C callback
/// cannot capture context.
enum LineEditor {
  struct CompletionState: Sendable {
    var values = CompletionValues()
    var matches: [String] = []
    var next = 0
  }

  /// State reachable from readline's C callbacks.
  enum State {
    static let completion = Mutex(CompletionState())
    static let sigintPending = Atomic<Bool>(false)
  }

  /// Sets readline up and reads history from `historyPath`.
  static func start(historyPath: String) {
    rl_readline_name = cString("attest")
    rl_attempted_completion_function = attemptedCompletion
    rl_completer_quote_characters = cString("\"")
    rl_basic_word_break_characters = cString(" \t\n")
    using_history()
    stifle_history(1_000)
    _ = read_history(historyPath)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      LineEditor.State.sigintPending.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: readline must see the interrupted read
    sigaction(SIGINT, &action, nil)
    rl_signal_event_hook = {
      if LineEditor.State.sigintPending.exchange(false, ordering: .relaxed) {
        rl_crlf()
        rl_replace_line("", 0)
        rl_on_new_line()
        rl_redisplay()
      }
      return 0
    }
  }

  /// Updates the values TAB completes.
  static func setCompletionValues(_ values: CompletionValues) {
    State.completion.withLock { $0.values = values }
  }

  /// Reads one line; `nil` on Ctrl-D.
  static func readLine(prompt: String) -> String? {
    guard let pointer = readline(prompt) else { return nil }
    defer { free(pointer) }
    let line = String(cString: pointer)
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty && !line.hasPrefix(" ") {
      let last = history_length > 0 ? history_get(history_base + history_length - 1) : nil
      if last.map({ String(cString: $0.pointee.line) }) != trimmed { add_history(trimmed) }
    }
    return line
  }

  /// Writes history, keeping the last 1,000 lines.
  static func stop(historyPath: String) {
    _ = write_history(historyPath)
    _ = history_truncate_file(historyPath, 1_000)
  }

  /// Whether Ctrl-C was pressed since the last reset; resets it.
  static func takeInterrupt() -> Bool {
    State.sigintPending.exchange(false, ordering: .relaxed)
  }
}

private func cString(_ text: String) -> UnsafePointer<CChar> {
  guard let pointer = strdup(text) else { fatalError("strdup: out of memory") }
  return UnsafePointer(pointer)
}

nonisolated(unsafe) private let quoteSpaces = cString(" ")
nonisolated(unsafe) private let quoteAnything = cString(
  String((32...126).map { Character(UnicodeScalar(UInt8($0))) }))

private func matchGenerator(_: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<
  CChar
>? {
  LineEditor.State.completion.withLock { completion in
    if state == 0 { completion.next = 0 }
    guard completion.next < completion.matches.count else { return nil }
    defer { completion.next += 1 }
    return strdup(completion.matches[completion.next])  // readline frees it
  }
}

private func attemptedCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _: Int32)
  -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
{
  rl_attempted_completion_over = 1
  let prefix = String(
    decoding: UnsafeRawBufferPointer(start: rl_line_buffer, count: Int(start)), as: UTF8.self)
  if Completion.wantsPath(linePrefix: prefix) {
    rl_filename_quote_characters = quoteSpaces
    return rl_completion_matches(text, rl_filename_completion_function)
  }
  let word = text.map { String(cString: $0) } ?? ""
  let found = LineEditor.State.completion.withLock { completion in
    completion.matches = Completion.candidates(
      linePrefix: prefix, word: word, values: completion.values)
    return completion.matches
  }
  if found.contains(where: { $0.contains(" ") }) {
    rl_filename_completion_desired = 1
    rl_filename_quoting_desired = 1
    rl_filename_quote_characters = quoteAnything
  } else {
    rl_filename_quote_characters = quoteSpaces
  }
  return rl_completion_matches(text, matchGenerator)
}
