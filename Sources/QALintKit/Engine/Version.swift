/// qalint's name and version, as reports show them.
public enum QALintTool {
    public static let name = "qalint"
    public static let version = "0.1.0"
    /// Where users read about the tool (SARIF's `informationUri`).
    public static let informationURI = "https://github.com/qalint/qalint"
}
