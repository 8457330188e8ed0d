// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the article reader, the query language and the REPL's line
// handling. Build and run them with `./run` (see README.md); they are not part of the
// main package's build or tests.
let package = Package(
    name: "KarabakhFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "KarabakhCorpus", path: "../..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "fuzz-reader",
            dependencies: ["FuzzSupport", .product(name: "KarabakhCorpus", package: "KarabakhCorpus")]
        ),
        .executableTarget(
            name: "fuzz-query",
            dependencies: ["FuzzSupport", .product(name: "KarabakhCorpus", package: "KarabakhCorpus")]
        ),
        .executableTarget(
            name: "fuzz-repl",
            dependencies: [
                "FuzzSupport",
                .product(name: "KarabakhCorpus", package: "KarabakhCorpus"),
                .product(name: "KarabakhREPL", package: "KarabakhCorpus"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
