/// A position in the scanned input. `index` and `column` count characters (code points),
/// as libyaml does; `line` is 0-based like libyaml's marks.
struct Mark: Sendable, Equatable {
    var offset = 0
    var index = 0
    var line = 0
    var column = 0

    /// 1-based position for krel's own diagnostics.
    var sourcePosition: (line: Int, column: Int) { (line + 1, column + 1) }
}
