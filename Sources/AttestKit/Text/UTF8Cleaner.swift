/// Validates UTF-8 and replaces each invalid byte with `?`, one for one.
///
/// Replacing byte for byte (rather than with U+FFFD, three bytes) keeps every offset in the cleaned
/// text equal to the offset in the original file, so spans still point at the bytes as read.
public enum UTF8Cleaner {
  /// The cleaned bytes and the offsets of the bytes that were replaced.
  public static func clean(_ bytes: [UInt8]) -> (bytes: [UInt8], invalidOffsets: [Int]) {
    var output = bytes
    var invalid: [Int] = []
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length = sequenceLength(bytes, at: index, count: count)
      if length == 0 {
        output[index] = 0x3F
        invalid.append(index)
        index += 1
      } else {
        index += length
      }
    }
    return (output, invalid)
  }

  /// The length of the valid multi-byte sequence at `index`, or 0 when it is invalid.
  static func sequenceLength(_ bytes: [UInt8], at index: Int, count: Int) -> Int {
    let lead = bytes[index]
    func continuation(_ offset: Int) -> Bool {
      index + offset < count && bytes[index + offset] & 0xC0 == 0x80
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0...0xEF:
      guard continuation(1), continuation(2) else { return 0 }
      let second = bytes[index + 1]
      if lead == 0xE0 && second < 0xA0 { return 0 }
      if lead == 0xED && second > 0x9F { return 0 }
      return 3
    case 0xF0...0xF4:
      guard continuation(1), continuation(2), continuation(3) else { return 0 }
      let second = bytes[index + 1]
      if lead == 0xF0 && second < 0x90 { return 0 }
      if lead == 0xF4 && second > 0x8F { return 0 }
      return 4
    default:
      return 0
    }
  }
}
