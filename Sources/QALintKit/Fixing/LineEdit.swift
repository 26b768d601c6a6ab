/// A change `qalint lint --fix` makes for a finding, said in terms of the document's lines
/// so that rules need not hold its text: the fixer checks each edit against the line it
/// names when it applies it, and leaves alone an edit whose line no longer fits.
public enum LineEdit: Sendable, Hashable, Codable {
    /// Replace the first `old` on `line` with `new`.
    case replace(line: Int, old: String, new: String)
    /// A new entry `text` in the list whose item starts at `line`, just after that item
    /// (`after`) or just before it, with the item's indentation and marker.
    case insertListItem(beside: Int, after: Bool, text: String)
    /// Put the answer label that the answers starting at `like` use (the most common one)
    /// at the start of the paragraph at `line`.
    case addLabel(line: Int, like: [Int])
    /// Take the answer label off the start of the paragraph at `line`.
    case removeLabel(line: Int)

    /// The line the edit is anchored at.
    public var line: Int {
        switch self {
        case .replace(let line, _, _), .insertListItem(let line, _, _), .addLabel(let line, _), .removeLabel(let line): line
        }
    }
}
