// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KarabakhCorpus",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "KarabakhCorpus", targets: ["KarabakhCorpus"]),
        .library(name: "KarabakhStore", targets: ["KarabakhStore"]),
        .library(name: "KarabakhREPL", targets: ["KarabakhREPL"]),
        .executable(name: "karabakh", targets: ["karabakh"]),
        .executable(name: "karabakh-bench", targets: ["karabakh-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "KarabakhCorpus",
            exclude: ["Resources/SampleCorpus.md"],
            resources: [
                .copy("Resources/SampleCorpus"),
                .copy("Resources/Outlets.txt"),
                .copy("Resources/FirstNames.txt"),
                .copy("Resources/Gazetteer.txt"),
            ]
        ),
        .target(
            name: "KarabakhStore",
            dependencies: ["KarabakhCorpus", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(
            name: "KarabakhREPL",
            dependencies: ["KarabakhCorpus", "CEditLine"]
        ),
        .executableTarget(
            name: "karabakh",
            dependencies: [
                "KarabakhCorpus",
                "KarabakhStore",
                "KarabakhREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "karabakh-bench",
            dependencies: [
                "KarabakhCorpus",
                "KarabakhStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "KarabakhTestSupport",
            dependencies: ["KarabakhCorpus"],
            path: "Tests/KarabakhTestSupport"
        ),
        .testTarget(
            name: "KarabakhCorpusTests",
            dependencies: ["KarabakhCorpus", "KarabakhTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KarabakhStoreTests",
            dependencies: ["KarabakhStore", "KarabakhTestSupport"]
        ),
        .testTarget(
            name: "KarabakhREPLTests",
            dependencies: ["KarabakhREPL", "KarabakhTestSupport"]
        ),
        .testTarget(
            name: "karabakhTests",
            dependencies: ["karabakh", "KarabakhTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
