import QALintKit

/// Maps the paths findings carry (as given on the command line, relative to the current
/// folder) to paths relative to the repository root, which is what GitHub code scanning,
/// GitHub annotations and GitLab Code Quality expect.
public struct RepositoryPaths: Sendable {
    /// Absolute path of the current folder; nil leaves relative paths as they are.
    public var currentDirectory: String?
    /// Absolute path of the repository root (the folder holding `.git`); nil means the
    /// current folder is the root.
    public var repositoryRoot: String?

    public init(currentDirectory: String? = nil, repositoryRoot: String? = nil) {
        self.currentDirectory = currentDirectory
        self.repositoryRoot = repositoryRoot
    }

    /// Where a path stands: relative to the repository root, or absolute when it is outside.
    public enum Place: Sendable, Equatable {
        case inRepository(String)
        case outside(absolutePath: String)
    }

    public func place(of path: String) -> Place {
        guard let currentDirectory else {
            return path.hasPrefix("/") ? .outside(absolutePath: Self.normalized(path)) : .inRepository(Self.normalized(path))
        }
        let absolute = Self.normalized(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
        let root = Self.normalized(repositoryRoot ?? currentDirectory)
        if absolute.hasPrefix(root == "/" ? "/" : root + "/") {
            return .inRepository(String(absolute.dropFirst(root == "/" ? 1 : root.count + 1)))
        }
        return .outside(absolutePath: absolute)
    }

    /// The repository-relative path, or the absolute one for files outside the repository.
    public func relativePath(_ path: String) -> String {
        switch place(of: path) {
        case .inRepository(let relative): relative
        case .outside(let absolute): absolute
        }
    }

    static func normalized(_ path: String) -> String {
        PathNormalizer.normalized(path)
    }
}
