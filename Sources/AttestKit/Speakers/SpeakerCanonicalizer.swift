/// Makes one speaker of one person across articles: names that differ only in case, diacritics,
/// hyphens or spacing are merged under the form printed most often (on a tie, the one with diacritics).
///
/// Names are never merged on a surname alone; the registry has already mapped known aliases.
public enum SpeakerCanonicalizer {
  /// Rewrites the speakers of every quote to their corpus-wide canonical form.
  public static func canonicalize(_ analyses: inout [ArticleAnalysis]) {
    var counts: [String: [String: Int]] = [:]
    for analysis in analyses {
      for quote in analysis.quotes where quote.speakerKind != .unknown {
        counts[SpeakerRegistry.key(quote.speaker), default: [:]][quote.speaker, default: 0] += 1
      }
    }
    var canonical: [String: String] = [:]
    for (key, forms) in counts {
      // Most printed first; then the richer spelling (diacritics take more bytes); then by name.
      canonical[key] =
        forms.max { ($0.value, $0.key.utf8.count, $1.key) < ($1.value, $1.key.utf8.count, $0.key) }?
        .key
    }
    for index in analyses.indices {
      for quoteIndex in analyses[index].quotes.indices {
        let speaker = analyses[index].quotes[quoteIndex].speaker
        if let name = canonical[SpeakerRegistry.key(speaker)] {
          analyses[index].quotes[quoteIndex].speaker = name
        }
      }
    }
  }
}
