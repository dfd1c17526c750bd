import KrelCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(KrelCommand.main(Array(CommandLine.arguments.dropFirst())))
