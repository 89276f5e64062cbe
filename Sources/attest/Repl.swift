import ArgumentParser
import AttestKit
import Foundation

/// `attest repl`: the analysts' shell.
struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the interactive shell over a workspace (GNU readline; .help lists commands).",
    discussion: """
      With standard input not a terminal, commands are read from it in order with no prompt; \
      errors go to standard error with their line number and the exit code is 1 if any failed.
      """)

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "In scripted mode, stop at the first failing command.")
  var bail = false

  func run() throws {
    let store = try Store.open(path: common.workspace)
    let analyzer = try Analyzer(data: common.loadData())
    var console = Console(
      store: store, analyzer: analyzer, clock: { ISO8601DateFormatter().string(from: Date()) },
      isCancelled: { LineEditor.State.sigintPending.load(ordering: .relaxed) })
    let interactive = isatty(STDIN_FILENO) == 1
    if interactive {
      try runInteractive(&console)
    } else {
      try runScript(&console)
    }
  }

  private func runScript(_ console: inout Console) throws {
    var failed = false
    var number = 0
    while let line = Swift.readLine() {
      number += 1
      let started = Date()
      let output = console.run(line)
      emit(output.text, console)
      for error in output.errors {
        fflush(nil)
        FileHandle.standardError.write(Data("<stdin>:\(number): error: \(error)\n".utf8))
      }
      if console.isTiming {
        print(String(format: "Run Time: %.1f ms", Date().timeIntervalSince(started) * 1_000))
      }
      if !output.errors.isEmpty {
        failed = true
        if bail { break }
      }
      if output.quits { break }
    }
    if failed { throw ExitCode.failure }
  }

  private func runInteractive(_ console: inout Console) throws {
    let history = Self.historyPath()
    LineEditor.start(historyPath: history)
    LineEditor.setCompletionValues(console.completionValues())
    let colour =
      ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      && ProcessInfo.processInfo.environment["TERM"] != "dumb" && isatty(STDOUT_FILENO) == 1
    let prompt = colour ? "\u{1}\u{1B}[1;36m\u{2}attest>\u{1}\u{1B}[0m\u{2} " : "attest> "
    print(
      "Attest \(AttestVersion.current) — workspace \(common.workspace). Type .help for commands, Ctrl-D to leave."
    )
    while let line = LineEditor.readLine(prompt: prompt) {
      _ = LineEditor.takeInterrupt()
      let started = Date()
      let output = console.run(line)
      if LineEditor.takeInterrupt() { print("") }  // the terminal echoed ^C
      if console.isPaging && console.outputPath == nil && Pager.shouldPage(output.text) {
        Pager.show(output.text)
      } else {
        emit(output.text, console)
      }
      for error in output.errors {
        fflush(nil)
        let text = colour ? "\u{1B}[31merror:\u{1B}[0m \(error)\n" : "error: \(error)\n"
        FileHandle.standardError.write(Data(text.utf8))
      }
      if console.isTiming {
        print(String(format: "Run Time: %.1f ms", Date().timeIntervalSince(started) * 1_000))
      }
      if output.quits { break }
      if line.hasPrefix(".load") || line.hasPrefix(".tag") || line.hasPrefix(".alias") {
        LineEditor.setCompletionValues(console.completionValues())
      }
    }
    LineEditor.stop(historyPath: history)
  }

  private func emit(_ text: String, _ console: Console) {
    guard !text.isEmpty else { return }
    if let path = console.outputPath {
      if let handle = FileHandle(forWritingAtPath: path)
        ?? {
          _ = FileManager.default.createFile(atPath: path, contents: nil)
          return FileHandle(forWritingAtPath: path)
        }()
      {
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try? handle.close()
        return
      }
      FileHandle.standardError.write(
        Data("error: cannot write '\(path)'. Choose another .output file.\n".utf8))
    }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// `ATTEST_HISTFILE`, else `$XDG_STATE_HOME/attest/history`, else `~/.local/state/attest/history`.
  static func historyPath() -> String {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["ATTEST_HISTFILE"], !path.isEmpty { return path }
    let state =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() + "/.local/state")
    let folder = state + "/attest"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/history"
  }
}

/// Long output through `$PAGER` (default `less -FRX`), only on a terminal and only when it is
/// taller than the screen.
enum Pager {
  static func shouldPage(_ text: String) -> Bool {
    guard isatty(STDOUT_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else {
      return false
    }
    var size = winsize()
    let rows =
      ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 ? Int(size.ws_row) : 24
    var lines = 0
    for character in text where character == "\n" {
      lines += 1
      if lines >= rows - 1 { return true }
    }
    return false
  }

  static func show(_ text: String) {
    let command =
      ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let pipe = Pipe()
    process.standardInput = pipe
    do {
      try process.run()
      pipe.fileHandleForWriting.write(Data(text.utf8))
      try? pipe.fileHandleForWriting.close()
      process.waitUntilExit()
    } catch {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
