/// `krel version`: prints the version.
enum VersionCommand {
    static func run(_ arguments: [String], output: inout some CommandOutput) -> Int32 {
        output.writeOut("krel version \(KrelCommand.version)\n")
        return 0
    }
}
