import QALintKit
import QAMarkdown

/// Stable identities for findings, for CI systems that track an alert across commits
/// (SARIF `partialFingerprints`, GitLab `fingerprint`).
///
/// Built from the rule, the repository-relative path and what the finding is about (the
/// question's normalized text, or the section title) — never from line numbers, so moving
/// a question leaves its fingerprint unchanged. Findings that would share an identity
/// (three copies of one duplicate question) are told apart by their order.
enum Fingerprints {
    static func of(_ findings: [Finding], paths: RepositoryPaths) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = "\(finding.rule)\u{0}\(paths.relativePath(finding.path))\u{0}\(finding.identity)"
            let ordinal = seen[key, default: 0]
            seen[key] = ordinal + 1
            return hex(TextNormalizer.stableHash("qalint/v1\u{0}\(key)\u{0}\(ordinal)"))
        }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
