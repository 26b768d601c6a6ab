import Foundation
import QALintKit

/// Escaping of document text for the formats reports are written in.
enum Escaping {
    /// Text for XML attribute values and character data. Characters that XML 1.0 forbids
    /// (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) are replaced with U+FFFD,
    /// never emitted; DEL, C1 controls and the bidirectional and separator characters
    /// `TerminalText` escapes are written as character references.
    static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if !isXMLCharacter(scalar) {
                    result += "\u{FFFD}"
                } else if scalar.value >= 0x7F, TerminalText.isUnsafe(scalar) {
                    // Allowed in XML but acting on a terminal or hiding text when the file
                    // is shown: written as a character reference, the same character to a
                    // parser.
                    result += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text safe to print on a terminal (`TerminalText`): control characters, escape
    /// sequences and bidirectional controls are shown as visible `\u{…}` escapes.
    static func terminal(_ text: String) -> String {
        TerminalText.safe(text)
    }

    /// A file path as a link target that can only be that path: percent-encoded (a `:`
    /// too), and `./` before a relative one, so that no path — a folder named
    /// `javascript:alert(7)` — is read as a URL scheme.
    static func href(_ path: String) -> String {
        let encoded = percentEncoded(path)
        return path.hasPrefix("/") || path.hasPrefix("../") ? encoded : "./" + encoded
    }

    /// A path with every character that means something in a URL percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;?#[]@!$&'()*+,=%")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    private static let markdownSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~", "&", "$"]

    /// Text for Markdown: characters that start markup, links or HTML are backslash-escaped
    /// (so nothing in document text takes effect), control characters are made visible and
    /// line breaks become spaces.
    static func markdown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                result += " "
            } else if markdownSpecial.contains(scalar) {
                result += "\\"
                result.unicodeScalars.append(scalar)
            } else {
                result += terminal(String(scalar))
            }
        }
        return result
    }
}
