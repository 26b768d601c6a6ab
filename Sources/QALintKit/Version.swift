/// qalint's name and version, as reports show them.
public enum QALintTool {
    public static let name = "qalint"
    public static let version = "0.1.0"
}
