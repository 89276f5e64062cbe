// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Attest",
  products: [
    .executable(name: "attest", targets: ["attest"]),
    .library(name: "AttestKit", targets: ["AttestKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CReadline",
      pkgConfig: "readline",
      providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
    ),
    .target(
      name: "AttestKit",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .executableTarget(
      name: "attest",
      dependencies: [
        "AttestKit", "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "AttestKitTests",
      dependencies: [
        "AttestKit", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)

// The libFuzzer target, built only by scripts/fuzz (ATTEST_FUZZ=1 with -sanitize=fuzzer,address):
// libFuzzer supplies `main`, so an ordinary build must not link it.
if Context.environment["ATTEST_FUZZ"] == "1" {
  package.products.append(.executable(name: "attest-fuzz", targets: ["AttestFuzz"]))
  package.targets.append(
    .executableTarget(
      name: "AttestFuzz", dependencies: ["AttestKit"], path: "Fuzz/Sources",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
