extension BuiltinRulePacks {
    /// The built-in packs: each folder of `Rules/` with its files, sorted by name.
    static var packs: [(name: String, files: [(name: String, text: String)])] {
        var byPack: [String: [(String, String)]] = [:]
        for (path, text) in files {
            let parts = path.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { continue }
            byPack[String(parts[0]), default: []].append((String(parts[1]), text))
        }
        return byPack.keys.sorted().map { name in (name, byPack[name]!.sorted { $0.0 < $1.0 }) }
    }
}
