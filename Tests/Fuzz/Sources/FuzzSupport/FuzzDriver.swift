import Foundation

/// libFuzzer's entry point for a program that has its own `main`: it parses
/// libFuzzer's flags from the arguments and calls the test function with each input.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer over one test function.
///
/// The function gets each input as bytes and returns nothing; a crash, a trap or a
/// sanitizer report is what libFuzzer looks for. Flags on the command line are
/// libFuzzer's (`-max_total_time=600`, a corpus folder, a crash file to replay).
///
/// ```swift
/// FuzzDriver.run { bytes in _ = QueryParser.parse(String(decoding: bytes, as: UTF8.self)) }
/// ```
public enum FuzzDriver {
    nonisolated(unsafe) fileprivate static var body: (UnsafeRawBufferPointer) -> Void = { _ in }

    /// Hands control to libFuzzer, which exits with its status.
    ///
    /// The test runs first on each of `warmUp`, so that the lazily made globals it
    /// touches (the standard query environment, the gazetteer) exist before libFuzzer
    /// starts counting allocations: the leak checker would take them for leaks.
    public static func run(warmUp: [String] = [], _ test: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        for input in warmUp {
            var bytes = Array(input.utf8)
            bytes.withUnsafeMutableBytes { test(UnsafeRawBufferPointer($0)) }
        }
        body = test
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, testOneInput))
    }
}

/// The function libFuzzer calls with each input; the linker wants it by this name even
/// when the driver is given it.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzDriver.body(UnsafeRawBufferPointer(start: data, count: count))
    return 0
}
