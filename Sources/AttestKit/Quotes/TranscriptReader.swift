/// Finds transcript turns: paragraphs opening with an upper-case speaker tag and a colon
/// (`PETER LEONARD:`, `MARTÍNEZ:`), which no peer extractor handles.
struct TranscriptReader {
  /// One turn: the paragraph, the tag as printed and the spoken text's token range.
  struct Turn {
    var paragraph: Int
    var tag: String
    var content: Range<Int>
    /// An untagged paragraph continuing the turn before it.
    var continues = false
  }

  let notTurnTags: Set<String>
  /// Speech verbs, to tell narration after the last turn from a turn's continuation.
  let cues: SpeechCues?

  /// The turns of a document; empty unless at least two paragraphs carry tags.
  func turns(in document: DocumentText) -> [Turn] {
    var turns: [Turn] = []
    var current: String?
    for (index, tokens) in document.tokens.enumerated() {
      if let (tag, colon) = tag(tokens) {
        current = tag
        let range = document.paragraphs[index].range
        let start = colon + 1 < tokens.count ? tokens[colon + 1].range.lowerBound : range.upperBound
        turns.append(Turn(paragraph: index, tag: tag, content: start..<range.upperBound))
      } else if Self.isStageDirection(tokens) {
        // "(BEGIN VIDEO CLIP)", "[COMMERCIAL BREAK]": a direction, not speech; it ends the turn.
        current = nil
      } else if let speaker = current, turns.last?.paragraph == index - 1, !narrates(tokens) {
        // An untagged paragraph right after a turn continues it as its own record, unless it
        // reports speech in the third person ("the mayor's office said…"): that is the
        // article's narration again, and ends the run.
        turns.append(
          Turn(
            paragraph: index, tag: speaker, content: document.paragraphs[index].range,
            continues: true))
      } else {
        current = nil
      }
    }
    // "Q:" and "A:" are an interview's turns only where the article says it is one; an
    // explainer's questions and answers are the outlet's own voice.
    if let first = turns.first(where: { Self.interviewTags.contains($0.tag) }),
      !(0..<first.paragraph).contains(where: { isInterviewIntro(document.tokens[$0]) })
    {
      turns.removeAll { Self.interviewTags.contains($0.tag) }
    }
    let tagged = Set(turns.map(\.paragraph)).count
    return tagged >= 2 && turns.filter({ $0.content.count > 0 }).count >= 2
      ? turns.filter { !$0.content.isEmpty } : []
  }

  /// Whether a paragraph is wholly one bracketed direction: "(BEGIN VIDEO CLIP)".
  static func isStageDirection(_ tokens: [Token]) -> Bool {
    guard let first = tokens.first, let last = tokens.last, tokens.count >= 3 else { return false }
    return (first.isPunctuation("(") && last.isPunctuation(")"))
      || (first.isPunctuation("[") && last.isPunctuation("]"))
  }

  /// The tags of an interview printed as questions and answers.
  static let interviewTags: Set<String> = ["Q", "A"]

  /// "She spoke to Joe Mbatha": the subject answers, the one after the phrase asks.
  static let spokeToPhrases: [[String]] = [
    ["spoke", "to"], ["talked", "to"], ["speaks", "to"], ["talks", "to"],
  ]

  /// Phrases that introduce an interview.
  static let interviewPhrases: [[String]] =
    spokeToPhrases + [
      ["interview"], ["interviewed"], ["in", "conversation", "with"], ["sat", "down", "with"],
      ["news", "conference"], ["press", "conference"], ["transcript"],
    ]

  /// The index just after the first occurrence of `phrase` (lower-case words) in `tokens`.
  static func end(of phrase: [String], in tokens: [Token]) -> Int? {
    tokens.indices.first { index in
      index + phrase.count <= tokens.count
        && phrase.indices.allSatisfy { tokens[index + $0].lower == phrase[$0] }
    }.map { $0 + phrase.count }
  }

  private func isInterviewIntro(_ tokens: [Token]) -> Bool {
    Self.interviewPhrases.contains { Self.end(of: $0, in: tokens) != nil }
  }

  /// Whether a paragraph reports someone's speech in the third person.
  private func narrates(_ tokens: [Token]) -> Bool {
    guard let cues else { return false }
    let auxiliaries: Set<String> = ["have", "has", "had", "was", "were", "'ve", "’ve", "always"]
    return tokens.indices.contains { index in
      guard index > 0, cues.cue(at: index, in: tokens) != nil else { return false }
      // The subject before any auxiliaries: "I have said" is the speaker going on.
      var subject = index - 1
      while subject > 0 && auxiliaries.contains(tokens[subject].lower) { subject -= 1 }
      return !["i", "we"].contains(tokens[subject].lower)
    }
  }

  /// The tag of a paragraph and the index of its colon.
  private func tag(_ tokens: [Token]) -> (String, Int)? {
    var words: [Token] = []
    var sawComma = false
    for (index, token) in tokens.prefix(8).enumerated() {
      if token.isPunctuation(",") && !words.isEmpty && !sawComma {
        // "SARAH MBEKI, HOST:": the role after the comma is not part of the name.
        sawComma = true
        continue
      }
      // "Q. What was going through your mind?": a reporter's question, tagged with a period.
      if token.isPunctuation("."), index == 1, words.count == 1, words[0].text == "Q",
        index + 1 < tokens.count, tokens[index + 1].isCapitalised
      {
        return ("Q", index)
      }
      // "HOST (Karin Lund):": the name in brackets after a role is the speaker.
      if token.isPunctuation("("), !words.isEmpty, !sawComma,
        let close = tokens.indices.dropFirst(index + 1).prefix(6).first(where: {
          tokens[$0].isPunctuation(")")
        }), close > index + 1, close + 2 < tokens.count, tokens[close + 1].isPunctuation(":"),
        tokens[(index + 1)..<close].allSatisfy({ $0.kind == .word && $0.isCapitalised })
      {
        let tag = MentionParser.join(Array(tokens[(index + 1)..<close]))
        return notTurnTags.contains(tag.lowercased()) ? nil : (tag, close + 1)
      }
      if token.isPunctuation(":") {
        guard !words.isEmpty, index + 1 < tokens.count else { return nil }
        let tag = MentionParser.join(words)
        guard !notTurnTags.contains(tag.lowercased()) else { return nil }
        return (tag, index)
      }
      let isTagWord =
        token.kind == .word && (token.isAllCaps || (token.text.count == 1 && token.isCapitalised))
      guard isTagWord || (token.isPunctuation(".") && !words.isEmpty) else { return nil }
      if token.kind == .word && !sawComma { words.append(token) }
    }
    return nil
  }
}
