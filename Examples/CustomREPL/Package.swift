// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CustomREPL",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "KarabakhCorpus", path: "../..")],
    targets: [
        .executableTarget(
            name: "CustomREPL",
            dependencies: [
                .product(name: "KarabakhCorpus", package: "KarabakhCorpus"),
                .product(name: "KarabakhREPL", package: "KarabakhCorpus"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
