import Foundation
import QALintFuzzing

// libFuzzer's driver, run from an ordinary `main` so that SwiftPM links this target as it
// links any executable (`ci/fuzz` builds it with `-sanitize=fuzzer`, which supplies the
// driver). The declaration is libFuzzer's C function:
//   int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t));
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzHarness.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
exit(status)
