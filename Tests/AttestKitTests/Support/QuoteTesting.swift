import AttestKit
import Foundation
import Testing

/// Runs the quote extractor on short articles written for the tests.
enum QuoteTesting {
  /// The quotes of one article (the real `Data/` lexicons and registry).
  static func quotes(_ text: String, data: AttestData? = nil) throws -> [Quote] {
    try extraction(text, data: data).quotes
  }

  /// The quotes and warnings of one article.
  static func extraction(_ text: String, data: AttestData? = nil) throws -> QuoteExtraction {
    let article = try TestSupport.article(text)
    return try QuoteExtractor(data: data ?? TestSupport.data()).quotes(in: article)
  }

  /// `Data/` with an empty speaker registry: extraction must not depend on knowing anyone.
  static func dataWithoutRegistry() throws -> AttestData {
    var data = try TestSupport.data()
    data.documents["speakers.json"] = Data("[]".utf8)
    return data
  }
}
