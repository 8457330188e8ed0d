// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "QuoteTimeline",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "KarabakhCorpus", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "QuoteTimeline",
            dependencies: [
                .product(name: "KarabakhCorpus", package: "KarabakhCorpus")
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
