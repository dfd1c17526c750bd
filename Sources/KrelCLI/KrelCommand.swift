import KrelCore

/// The `krel` command line: dispatches to one command per file.
public enum KrelCommand {
    public static let version = "0.1.0"

    /// Runs krel with `arguments` (without the program name) on the process's streams.
    public static func main(_ arguments: [String]) -> Int32 {
        var output = StandardStreams()
        return run(arguments, output: &output)
    }

    /// Runs krel with `arguments`, writing to `output`; returns the exit status.
    public static func run(_ arguments: [String], output: inout some CommandOutput) -> Int32 {
        guard let first = arguments.first else {
            output.writeOut(helpText)
            return 0
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help":
            output.writeOut(helpText)
            return 0
        case "version", "--version":
            return VersionCommand.run(rest, output: &output)
        case "template":
            return TemplateCommand.run(rest, output: &output)
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
          template    Render chart templates locally and display the output
          version     Print the krel version

        Flags:
          -h, --help   help for krel

        """
}
