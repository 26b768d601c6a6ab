// swift-tools-version:6.0
import PackageDescription

// The libFuzzer target links only with `-sanitize=fuzzer` (which supplies libFuzzer's
// driver), so it is declared only for `ci/fuzz`, which sets QALINT_FUZZ=1.
let fuzzing = Context.environment["QALINT_FUZZ"] == "1"

let package = Package(
    name: "qalint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qalint", targets: ["qalint"]),
        .library(name: "QALintKit", targets: ["QALintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "QAMarkdown", dependencies: ["CCmark"]),
        // Pack patterns run on ICU directly where Foundation ships it (`BoundedSearch.swift`).
        .target(name: "QALintKit", dependencies: ["QAMarkdown", .product(name: "Yams", package: "Yams")],
                linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .target(name: "QALintReporters", dependencies: ["QALintKit"]),
        .target(name: "QALintFuzzing", dependencies: ["QALintKit", "QALintReporters"]),
        .target(name: "QALintServer", dependencies: ["QALintKit", "QALintReporters"]),
        .executableTarget(
            name: "qalint",
            dependencies: [
                "QALintKit", "QALintReporters", "QALintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "QAMarkdownTests", dependencies: ["QAMarkdown", "TestSupport"]),
        .testTarget(name: "QALintKitTests", dependencies: ["QALintKit", "QALintFuzzing", "TestSupport", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures", "FuzzRegressions"]),
        .testTarget(name: "QALintReportersTests", dependencies: ["QALintReporters", "TestSupport"], exclude: ["Golden"]),
        // Depends on the executable so that `swift test` builds the binary it runs.
        .testTarget(name: "CLITests", dependencies: ["qalint", "TestSupport"]),
    ] + (fuzzing ? [
        .executableTarget(name: "qalint-fuzz", dependencies: ["QALintFuzzing"]),
    ] : []),
    swiftLanguageModes: [.v6]
)
