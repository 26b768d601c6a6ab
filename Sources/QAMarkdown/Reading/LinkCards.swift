/// Cards of links in HTML: a block whose every word is the text of a link
/// (`<a class="card" href="/storage/faq"><div>Object Storage</div><div>Questions about
/// buckets…</div></a>`), as a hub page points to its FAQ pages. It is navigation, not an
/// answer: a heading over nothing else has no body of its own.
enum LinkCards {
    static func isLinkCards(_ block: MarkdownBlock) -> Bool {
        guard case .htmlBlock(let html) = block.kind else { return false }
        return isLinkCards(Array(html.utf8))
    }

    /// On the bytes: outside tags, text may stand only inside an `<a …>` element, and there is
    /// one at least. (Comments and entities are text like any other.)
    static func isLinkCards(_ bytes: [UInt8]) -> Bool {
        var depth = 0, links = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return false }
                let tag = bytes[(index + 1)..<close]
                if let name = tagName(tag) {
                    if name == "a" {
                        if tag.first == UInt8(ascii: "/") { depth = max(0, depth - 1) } else {
                            depth += 1
                            links += 1
                        }
                    }
                }
                index = close + 1
                continue
            }
            if depth == 0 && byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { return false }
            index += 1
        }
        return links > 0
    }

    /// The lowercased name of a tag's bytes between `<` and `>` (`/a` → "a", `div class=…` →
    /// "div"); nil when they are no tag.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> String? {
        let body = tag.first == UInt8(ascii: "/") ? tag.dropFirst() : tag
        let name = body.prefix { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || ($0 >= 0x30 && $0 <= 0x39) }
        guard !name.isEmpty else { return nil }
        return String(decoding: name.map { $0 | 0x20 }, as: UTF8.self)
    }
}
