import AttestKit
import Foundation

/// The pipeline a fuzz input runs through: the reader (as text, HTML or JSON Lines, picked by the
/// input's first byte), both extractors, fingerprinting, and scoring of what was found.
enum FuzzPipeline {
  static let analyzer: Analyzer = {
    let folder = ProcessInfo.processInfo.environment["ATTEST_DATA"] ?? "Data"
    do {
      return try Analyzer(data: AttestData.load(from: URL(fileURLWithPath: folder)))
    } catch {
      fatalError("attest-fuzz: cannot load \(folder): \(error) (run from the repository root)")
    }
  }()
  static let engine: CorroborationEngine = {
    do { return try CorroborationEngine(data: analyzer.data) } catch {
      fatalError("attest-fuzz: cannot load the claim lexicon: \(error)")
    }
  }()
  static let reader = ArticleReader(data: analyzer.data)

  static func run(_ bytes: [UInt8]) {
    let extensions = ["txt", "html", "jsonl", "md"]
    let path = "fuzz." + extensions[Int(bytes.first ?? 0) % extensions.count]
    guard let articles = try? reader.articles(bytes: bytes, path: path) else { return }
    let scoring = articles.map { ScoringArticle(analyzer.analyze($0)) }
    _ = engine.score(scoring + scoring)
  }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  FuzzPipeline.run(Array(UnsafeBufferPointer(start: start, count: count)))
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<Target>_main`: hand control to libFuzzer.
@_cdecl("AttestFuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { start, size in
    fuzzTestOneInput(start, size)
  }
}
