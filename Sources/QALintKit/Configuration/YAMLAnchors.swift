import CYaml

/// Refuses YAML anchors and aliases (`&name`, `*name`) before the YAML library builds a
/// tree: an alias shares a node, so a few hundred bytes of aliases of aliases stand for
/// billions of nodes (the "billion laughs"), which building, hashing (Yams checks for
/// duplicate keys) or walking would expand. libyaml's event stream — the parser Yams is
/// built on (its `CYaml` module) — names every anchor and alias where it stands, in linear
/// time, without building anything.
enum YAMLAnchors {
    /// Throws at the first anchor or alias; a syntax error is left to the YAML library,
    /// which reports it with its context.
    static func check(_ yaml: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        let line: Int? = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                let anchored: Bool
                switch type {
                case YAML_ALIAS_EVENT: anchored = true
                case YAML_SCALAR_EVENT: anchored = event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT: anchored = event.data.sequence_start.anchor != nil
                case YAML_MAPPING_START_EVENT: anchored = event.data.mapping_start.anchor != nil
                default: anchored = false
                }
                let line = Int(event.start_mark.line) + 1
                yaml_event_delete(&event)
                if anchored { return line }
                if type == YAML_STREAM_END_EVENT { break }
            }
            return nil
        }
        if let line {
            throw QALintError(file: file, line: line, "YAML anchors and aliases (&name, *name) are not supported: write the value out")
        }
    }
}
