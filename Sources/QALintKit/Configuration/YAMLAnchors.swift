import CYaml

/// Refuses the parts of YAML a configuration has no use for, before the YAML library builds
/// a tree:
/// - anchors and aliases (`&name`, `*name`): an alias shares a node, so a few hundred bytes
///   of aliases of aliases stand for billions of nodes (the "billion laughs"), which
///   building, hashing (Yams checks for duplicate keys) or walking would expand;
/// - explicit tags other than `!!str` (`!!binary`, `!!timestamp`, `!custom`): every value is
///   read as text and checked by what its key expects, so a tag would be silently ignored.
/// libyaml's event stream — the parser Yams is built on (its `CYaml` module) — names each
/// where it stands, in linear time, without building anything.
enum YAMLAnchors {
    /// Throws at the first anchor, alias or tag; a syntax error is left to the YAML library,
    /// which reports it with its context.
    static func check(_ yaml: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        let found: (line: Int, problem: String)? = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                let anchored: Bool
                let tag: UnsafeMutablePointer<yaml_char_t>?
                switch type {
                case YAML_ALIAS_EVENT: (anchored, tag) = (true, nil)
                case YAML_SCALAR_EVENT: (anchored, tag) = (event.data.scalar.anchor != nil, event.data.scalar.tag)
                case YAML_SEQUENCE_START_EVENT: (anchored, tag) = (event.data.sequence_start.anchor != nil, event.data.sequence_start.tag)
                case YAML_MAPPING_START_EVENT: (anchored, tag) = (event.data.mapping_start.anchor != nil, event.data.mapping_start.tag)
                default: (anchored, tag) = (false, nil)
                }
                let name = tag.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                let line = Int(event.start_mark.line) + 1
                yaml_event_delete(&event)
                if anchored { return (line, "YAML anchors and aliases (&name, *name) are not supported: write the value out") }
                if let name, name != Self.stringTag {
                    let shown = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst("tag:yaml.org,2002:".count) : name
                    return (line, "YAML tags (\(shown.prefix(40))) are not supported: write the value as plain text")
                }
                if type == YAML_STREAM_END_EVENT { break }
            }
            return nil
        }
        if let found { throw QALintError(file: file, line: found.line, found.problem) }
    }

    /// `!!str`, the one tag that changes nothing: every value is read as text.
    static let stringTag = "tag:yaml.org,2002:str"
}
