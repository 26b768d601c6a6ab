// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "QALintKit", dependencies: ["QAMarkdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "QALintReporters", dependencies: ["QALintKit"]),
        .executableTarget(
            name: "qalint",
            dependencies: [
                "QALintKit", "QALintReporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "QAMarkdownTests", dependencies: ["QAMarkdown"]),
        .testTarget(name: "QALintKitTests", dependencies: ["QALintKit"]),
        .testTarget(name: "QALintReportersTests", dependencies: ["QALintReporters"]),
        .testTarget(name: "CLITests", dependencies: []),
    ],
    swiftLanguageModes: [.v6]
)
