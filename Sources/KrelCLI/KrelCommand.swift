import KrelCore

/// The `krel` command line: dispatches to one command per file.
public enum KrelCommand {
    public static let version = "0.1.0"

    /// Runs krel with `arguments` (without the program name); returns the exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        var output = StandardStreams()
        guard let first = arguments.first else {
            output.writeOut(helpText)
            return 0
        }
        switch first {
        case "-h", "--help", "help":
            output.writeOut(helpText)
            return 0
        case "version", "--version":
            return VersionCommand.run(Array(arguments.dropFirst()), output: &output)
        default:
            output.writeErr("Error: unknown command \"\(first)\" for \"krel\"\nRun 'krel --help' for usage.\n")
            return 1
        }
    }

    static let helpText = """
        krel: Helm-compatible chart templating and releases.

        Usage:
          krel [command]

        Available Commands:
          help        Help about any command
          version     Print the krel version

        Flags:
          -h, --help   help for krel

        """
}
