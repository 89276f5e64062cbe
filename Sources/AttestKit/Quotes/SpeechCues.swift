/// The speech verbs and cue phrases of `Data/lexicon/speech-verbs.json`.
public struct SpeechCues: Sendable {
  /// How a cue takes its content.
  public enum Frame: String, Hashable, Sendable, Codable {
    /// A clause: "said (that) prices rose".
    case clause
    /// A clause only after "that" or a wh-word, for verbs with a common sense that takes a plain
    /// object: "recalled that…" reports speech, "recalled products" does not.
    case thatClause
    /// A quotation: `"…," she said`.
    case direct
    /// An object then an infinitive: "urged Russia to respect…".
    case object
    /// An infinitive: "promised to return prices…".
    case infinitive
    /// A noun phrase that is itself the content: "dismissed claims that…", "described X as Y".
    case np
    /// A noun phrase that counts only as a predication, "X as Y", or with a quoted fragment:
    /// "described the walkout as reckless" reports a judgement; "described a chaotic night" does
    /// not.
    case npAs = "np-as"
    /// A noun phrase that counts only when it holds a quoted fragment: thanked X "specially".
    case npquoted
    /// `according to X`.
    case according
  }

  /// One cue: its words and frames.
  public struct Cue: Hashable, Sendable {
    /// The cue's words in lower case ("pointed", "out").
    public var words: [String]
    /// The dictionary form.
    public var lemma: String
    /// The frames it takes.
    public var frames: Set<Frame>
  }

  private struct Document: Decodable {
    struct Verb: Decodable {
      var lemma: String
      var forms: [String]
      var frames: [Frame]
    }
    struct Phrase: Decodable {
      var text: String
      var frames: [Frame]
    }
    var verbs: [Verb]
    var phrases: [Phrase]
    var nounForms: [String]?
  }

  /// Verb forms that are also common plural nouns ("states", "claims").
  private let nounForms: Set<String>

  /// Cues by their first word, longest first.
  private let byFirstWord: [String: [Cue]]

  /// Loads the cues of `data`; an empty set when the lexicon is absent.
  public init(data: AttestData) throws {
    var byFirstWord: [String: [Cue]] = [:]
    var nounForms = Set<String>()
    if let document = try data.decode(Document.self, "lexicon/speech-verbs.json") {
      for verb in document.verbs {
        for form in verb.forms {
          byFirstWord[form, default: []].append(
            Cue(words: [form], lemma: verb.lemma, frames: Set(verb.frames)))
        }
      }
      nounForms = Set(document.nounForms ?? [])
      for phrase in document.phrases {
        let words = phrase.text.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { continue }
        byFirstWord[first, default: []].append(
          Cue(words: words, lemma: phrase.text, frames: Set(phrase.frames)))
      }
    }
    self.nounForms = nounForms
    self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.words.count > $1.words.count } }
  }

  /// Whether a cue form is also a common plural noun, so that it needs a clear subject.
  public func isNounForm(_ word: String) -> Bool { nounForms.contains(word) }

  /// Whether a one-word cue as printed only names what it quotes ("called", "dubbed").
  public func isNaming(_ word: String) -> Bool {
    byFirstWord[word.lowercased()]?.contains {
      $0.words.count == 1 && $0.frames.contains(.npquoted) && !$0.frames.contains(.clause)
    } == true
  }

  /// The cue starting at token `index`, if any.
  public func cue(at index: Int, in tokens: [Token]) -> Cue? {
    guard tokens[index].kind == .word, let candidates = byFirstWord[tokens[index].lower] else {
      return nil
    }
    for cue in candidates {
      guard index + cue.words.count <= tokens.count else { continue }
      var matches = true
      for (offset, word) in cue.words.enumerated().dropFirst()
      where tokens[index + offset].lower != word {
        matches = false
        break
      }
      if matches { return cue }
    }
    return nil
  }
}
