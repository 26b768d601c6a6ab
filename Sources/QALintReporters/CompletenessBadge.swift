import QALintKit

/// The README badge of the answered share: an SVG ("answered | 42%"), or the JSON a
/// shields.io endpoint badge reads (`https://img.shields.io/endpoint?url=…`). The colour
/// follows the thresholds (red, amber, green; grey without questions), each with a contrast
/// of 4.5:1 or more against the white text; the label is configurable.
enum CompletenessBadge {
    static func render(_ counts: CompletenessSnapshot.Counts, context: CompletenessContext) -> String {
        let label = context.badgeLabel
        let value = message(counts)
        let colour = context.level(counts).colour
        // Verdana 11px: about 7 px a character, with 5 px of padding each side.
        let labelWidth = 10 + 7 * label.count, valueWidth = 10 + 7 * value.count
        let width = labelWidth + valueWidth
        let text = Escaping.xml(label), shown = Escaping.xml(value)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="20" role="img" aria-label="\(text): \(shown)">
              <title>\(text): \(shown)</title>
              <clipPath id="r"><rect width="\(width)" height="20" rx="3" fill="#fff"/></clipPath>
              <g clip-path="url(#r)">
                <rect width="\(labelWidth)" height="20" fill="#555555"/>
                <rect x="\(labelWidth)" width="\(valueWidth)" height="20" fill="\(colour)"/>
              </g>
              <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
                <text x="\(labelWidth / 2)" y="14">\(text)</text>
                <text x="\(labelWidth + valueWidth / 2)" y="14">\(shown)</text>
              </g>
            </svg>

            """
    }

    /// shields.io's endpoint schema (version 1): label, message and colour.
    static func shields(_ counts: CompletenessSnapshot.Counts, context: CompletenessContext) -> String {
        let colour = String(context.level(counts).colour.dropFirst())
        let label = JSONText.encode(context.badgeLabel, pretty: false) ?? "\"answered\""
        let value = JSONText.encode(message(counts), pretty: false) ?? "\"\""
        return "{\"schemaVersion\": 1, \"label\": \(label), \"message\": \(value), \"color\": \"\(colour)\"}\n"
    }

    /// "42%", or "no questions".
    static func message(_ counts: CompletenessSnapshot.Counts) -> String {
        counts.questions == 0 ? "no questions" : JSONNumber.format(counts.answeredPercent) + "%"
    }
}
