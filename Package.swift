// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KarabakhCorpus",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "KarabakhCorpus", targets: ["KarabakhCorpus"]),
        .library(name: "KarabakhREPL", targets: ["KarabakhREPL"]),
        .executable(name: "karabakh", targets: ["karabakh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
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
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(
            name: "KarabakhREPL",
            dependencies: ["KarabakhCorpus", "CEditLine"]
        ),
        .executableTarget(
            name: "karabakh",
            dependencies: [
                "KarabakhCorpus",
                "KarabakhREPL",
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
