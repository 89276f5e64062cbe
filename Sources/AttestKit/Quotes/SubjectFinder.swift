import Foundation

/// Finds the noun phrase that is the subject of a speech cue, reading backwards from it.
struct SubjectFinder {
  static let skipped: Set<String> = [
    "has", "have", "had", "also", "previously", "later", "then", "again", "would", "will", "did",
    "reportedly", "once", "further", "subsequently", "repeatedly", "publicly", "recently",
    "already", "finally", "separately", "earlier", "has", "was", "is", "are", "were", "had",
    "could", "may",
    "might", "should", "must", "can", "not", "never", "quickly", "initially", "first", "now",
    "however", "too", "directly", "personally", "himself", "herself", "often", "widely",
    "frequently", "sometimes", "usually", "generally", "still", "even", "just",
  ]
  static let stops: Set<String> = [
    "that", "after", "when", "while", "because", "although", "since", "before", "if", "and", "but",
    "as", "which", "who", "whom", "where", "with", "to", "than", "so", "what", "how", "why", "or",
    "nor", "yet", "against", "by", "into", "about", "amid", "despite", "during", "following",
  ]
  static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]
  /// The people who come with a named speaker in "X and her colleagues said".
  static let companions: Set<String> = [
    "colleagues", "co-authors", "coauthors", "team", "collaborators", "aides", "advisers",
    "advisors", "lawyers", "allies", "teammates", "co-workers",
  ]
  /// Participles opening an aside between a subject and its verb.
  static let asideParticiples: Set<String> = [
    "reached", "contacted", "interviewed", "asked", "speaking", "questioned", "quoted", "writing",
    "seen", "obtained", "reviewed", "published", "released", "cited", "signed", "dated",
  ]
  /// Words that open an adverbial before a sentence's subject ("After the talk, …").
  static let introducers: Set<String> = [
    "after", "before", "during", "following", "in", "on", "at", "for", "from", "when", "while",
    "since", "despite", "amid", "asked", "speaking", "later", "earlier", "outside", "inside",
    "within", "over", "under", "upon", "with", "without", "by", "as", "like", "unlike",
  ]
  static let determiners: Set<String> = [
    "the", "a", "an", "its", "his", "her", "their", "other", "these", "those", "such", "many",
    "some", "several", "our", "your", "my", "no", "any", "all", "both", "recent", "former",
  ]

  /// Whether a token is a party and state ("D-Calif.", "R-Ariz.").
  static func isPartyAndState(_ token: Token) -> Bool {
    let text = token.text.hasSuffix(".") ? token.text.dropLast() : Substring(token.text)
    let parts = text.split(separator: "-")
    return parts.count == 2 && parts[0].count == 1 && parts[0].first?.isUppercase == true
      && parts[1].count >= 2 && parts[1].first?.isUppercase == true
      && parts[1].allSatisfy(\.isLetter)
  }

  /// Nouns ending in "ly", which are no adverbs: "the family said".
  static let lyNouns: Set<String> = [
    "family", "ally", "assembly", "rally", "supply", "monopoly", "bully", "anomaly", "homily",
  ]

  /// Whether a lower-case word reads as an adverb of manner or time ("quickly", "later", not
  /// "family").
  static func isAdverb(_ word: String) -> Bool {
    word.hasSuffix("ly") && !lyNouns.contains(word)
  }

  /// The token range of the subject before the cue at `cue`, or `nil`.
  static func subject(before cue: Int, in document: DocumentText, paragraph: Int) -> Range<Int>? {
    let tokens = document.tokens[paragraph]
    let start = document.sentenceStart(paragraph, cue)
    var index = cue - 1
    while index >= start
      && (skipped.contains(tokens[index].lower)
        || (isAdverb(tokens[index].lower) && tokens[index].text.count > 4
          && !tokens[index].isCapitalised))
    {
      index -= 1
    }
    // "Residents reached by phone said": skip a participle's phrase before the cue.
    if let participle = (max(start + 1, index - 3)...max(start + 1, index)).first(where: {
      $0 <= index && asideParticiples.contains(tokens[$0].lower) && $0 + 1 <= index
        && tokens[$0 + 1].lower == "by"
    }),
      ((participle + 1)...index).allSatisfy({
        tokens[$0].kind == .word && !tokens[$0].isCapitalised
      })
    {
      index = participle - 1
    }
    // "Jen Psaki on Wednesday dismissed": skip a time adverbial before the cue.
    if index - 1 >= start
      && CalendarWords.contains(tokens[index])
      && ["on", "last", "this", "next", "late", "early", "since"].contains(tokens[index - 1].lower)
    {
      index -= 2
    }
    // "Nassar — who has worked at the hospital for 19 years — said": an aside between dashes.
    if index > start, ["—", "–"].contains(tokens[index].text),
      let open = (max(start, index - 24)..<index).last(where: {
        ["—", "–"].contains(tokens[$0].text)
      }
      ), open > start
    {
      index = open - 1
    }
    // "A ministry official, who asked not to be named, said": skip the aside.
    if index > start && tokens[index].isPunctuation(",") {
      var scan = index - 1
      while scan > start && index - scan < 24 && !tokens[scan].isPunctuation(",") { scan -= 1 }
      // An aside between commas after a name: a relative clause, an age, or a role
      // ("Brandt, 24, said", "Dr Hana Kovac, the organisation's director, said").
      let aside = scan + 1 < index ? tokens[scan + 1] : nil
      let isAside =
        aside.map { first in
          ["who", "which", "whose"].contains(first.lower) || first.kind == .number
            || (!first.isCapitalised && scan > start && tokens[scan - 1].isCapitalised)
            // "One patient, a 58-year-old orchard worker, said": an indefinite appositive.
            || (["a", "an"].contains(first.lower) && scan > start && tokens[scan - 1].kind == .word)
            // "A rebel spokesman, reached by phone, said": a participle's aside.
            || Self.asideParticiples.contains(first.lower)
            // "Sen. Maria Lopez, D-Calif., said": a party and state.
            || Self.isPartyAndState(first)
        } ?? false
      if scan > start && tokens[scan].isPunctuation(",") && isAside {
        index = scan - 1
      }
    }
    // "One protester, Rafik Zharylkasyn, said": a trailing appositive comma.
    var enclosed = false
    if index > start && tokens[index].isPunctuation(",")
      && (tokens[index - 1].isCapitalised
        || (tokens[index - 1].kind == .number && index - 2 > start
          && tokens[index - 2].isCapitalised))
    {
      index -= 1
      enclosed = true
    }
    guard index >= start, !document.isQuoted(paragraph, index) else { return nil }
    // "Karimi and her colleagues argue": the named person speaks for the group.
    if index - 3 >= start, companions.contains(tokens[index].lower),
      ["his", "her", "their"].contains(tokens[index - 1].lower), tokens[index - 2].lower == "and",
      tokens[index - 3].isCapitalised
    {
      index -= 3
    }
    let end = index
    if pronouns.contains(tokens[end].lower) { return end..<(end + 1) }
    var first = end + 1
    var position = end
    while position >= start {
      let token = tokens[position]
      if document.isQuoted(paragraph, position) { break }
      if token.kind == .punctuation {
        if token.text == ",", position > start, first <= end {
          let after = tokens[first]
          let before = tokens[position - 1]
          let collected = tokens[first...end]
          // "Name, role confirmed": the name before the comma is two capitalised words or more.
          let nameBefore =
            before.isCapitalised && !CalendarWords.contains(before) && position - 2 >= start
            && tokens[position - 2].isCapitalised
          // "role, Name, said": the phrase after the comma is a name, set off by commas
          // ("Walking helps, Ines Baptiste wrote" is a clause, then the subject).
          // ("Food and Allied Workers Local 12": connectors and a number inside the name.)
          let nameAfter =
            enclosed && after.isCapitalised
            && collected.allSatisfy {
              $0.isCapitalised || $0.text == "&" || ["and", "of", "for"].contains($0.lower)
                || $0.kind == .number
            } && before.kind == .word
            && !before.isCapitalised && !stops.contains(before.lower)
          // "After the talk, Lunde said": the comma closes an opening adverbial, not a role.
          // ("Standing outside the infirmary, union organiser Grace Okonkwo described …".)
          let opening =
            (introducers.contains(tokens[start].lower) || tokens[start].lower.hasSuffix("ing"))
            && !tokens[start..<position].contains { $0.isPunctuation(",") }
          if !opening && ((!after.isCapitalised && nameBefore) || nameAfter) {
            position -= 1
            continue
          }
        }
        if token.text == "-" || token.text == "’" || token.text == "&" {
          position -= 1
          continue
        }
        break
      }
      if token.kind == .mark(.rightSingle) || token.kind == .mark(.straightSingle) {
        position -= 1
        continue
      }
      if case .mark = token.kind { break }
      if stops.contains(token.lower) && !token.isAllCaps {
        // "A letter from the World Food Programme to donors warned": the addressee is inside the
        // subject.
        let carrier = (max(start, position - 8)..<position).contains { index in
          ["letter", "statement", "memo", "email", "message", "note"].contains(tokens[index].lower)
            && index + 1 < position && tokens[index + 1].lower == "from"
        }
        guard token.lower == "to" && carrier else { break }
      }
      first = position
      position -= 1
      if end - position > 16 { return nil }
    }
    guard first <= end else { return nil }
    return first..<(end + 1)
  }
}

/// Calendar words, which are capitalised but never names. (Not `Calendar`: that would shadow
/// Foundation's.)
enum CalendarWords {
  /// Whether a token is a weekday, month, or day word ("Jan." counts as "jan").
  static func contains(_ token: Token) -> Bool {
    words.contains(token.lower.hasSuffix(".") ? String(token.lower.dropLast()) : token.lower)
  }

  static let words: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "today", "yesterday", "tomorrow", "christmas", "easter",
  ]
}
