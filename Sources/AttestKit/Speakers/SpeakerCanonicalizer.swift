/// Makes one speaker of one person across articles: names that differ only in case, diacritics,
/// hyphens or spacing are merged.
///
/// It streams: the first form seen of a name becomes its canonical form (a later form with
/// diacritics replaces one without, for articles still to come), so a run holds one entry per
/// speaker, never the corpus. Names are never merged on a surname alone; the registry has already
/// mapped known aliases.
public struct SpeakerCanonicalizer: Sendable {
  private var forms: [String: String] = [:]

  /// Creates an empty canonicalizer.
  public init() {}

  /// Rewrites the speakers of an article's quotes to their canonical forms.
  public mutating func canonicalize(_ analysis: inout ArticleAnalysis) {
    for index in analysis.quotes.indices where analysis.quotes[index].speakerKind != .unknown {
      let speaker = analysis.quotes[index].speaker
      let key = SpeakerRegistry.key(speaker)
      if let known = forms[key] {
        // The spelling with diacritics (more bytes) is the richer one.
        if speaker.utf8.count > known.utf8.count && speaker != speaker.uppercased() {
          forms[key] = speaker
        }
        analysis.quotes[index].speaker = forms[key] ?? speaker
      } else {
        forms[key] = speaker
      }
    }
  }
}
