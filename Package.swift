// swift-tools-version: 6.0
import PackageDescription

// krel: a Helm-compatible chart templating and release tool.
// Dependencies point one way: KrelCLI -> Chart -> Functions -> Template -> YAML -> KrelCore.
// No third-party packages: everything below is ours.

let package = Package(
    name: "krel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "krel", targets: ["krel"]),
        .executable(name: "krel-bench", targets: ["krel-bench"]),
    ],
    targets: [
        // The value model shared by YAML, templates, JSON and the store.
        .target(name: "KrelCore"),
        // Scanner, parser, composer, resolver, emitter, JSON.
        .target(name: "YAML", dependencies: ["KrelCore"]),
        // Go text/template: lexer, parser, tree, executor, builtins, fmt.
        .target(name: "Template", dependencies: ["KrelCore"]),
        // Sprig and Helm function libraries, one file per family.
        .target(name: "Functions", dependencies: ["KrelCore", "YAML", "Template"]),
        // Chart loading, dependencies, values, rendering, output.
        .target(name: "Chart", dependencies: ["KrelCore", "YAML", "Template", "Functions"]),
        // One file per command.
        .target(name: "KrelCLI", dependencies: ["KrelCore", "YAML", "Template", "Functions", "Chart"]),
        .executableTarget(name: "krel", dependencies: ["KrelCLI"]),
        .executableTarget(name: "krel-bench", dependencies: ["KrelCore", "YAML", "Template", "Functions", "Chart"]),

        .target(name: "TestSupport", dependencies: ["KrelCore"], path: "Tests/TestSupport"),
        .testTarget(name: "KrelCoreTests", dependencies: ["KrelCore", "TestSupport"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(name: "TemplateTests", dependencies: ["Template", "TestSupport"]),
        .testTarget(name: "FunctionsTests", dependencies: ["Functions", "Template", "YAML", "TestSupport"]),
        .testTarget(name: "ChartTests", dependencies: ["Chart", "TestSupport"]),
        .testTarget(name: "KrelCLITests", dependencies: ["KrelCLI"]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["Chart", "Functions", "Template", "YAML", "KrelCLI", "TestSupport"],
            exclude: ["known-divergences.txt"]),
    ]
)
