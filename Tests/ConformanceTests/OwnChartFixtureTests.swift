import Foundation
import TestSupport
import XCTest

/// Runs our own chart fixtures, `Tests/ChartFixtures/cases/*` (same layout as the shared
/// corpus, expected files recorded from helm by Tests/ChartFixtures/gen-expected), through
/// `krel template` in process. They live in the repository, so this never skips.
final class OwnChartFixtureTests: XCTestCase {
    static let cases = SharedMaterial.packageRoot.appendingPathComponent("Tests/ChartFixtures/cases")

    func testOwnChartFixtures() throws {
        let report = try ChartCaseRunner.runAll(in: Self.cases)
        XCTAssertGreaterThanOrEqual(report.total, 30, "the issue asks for at least 30 fixtures")
        let checked = report.total - report.known.count
        let failing = Set((report.failures + report.stderrMismatches).map { $0.prefix { $0 != ":" } })
        print("own chart fixtures: \(checked - failing.count)/\(checked) identical to helm"
              + (report.known.isEmpty ? "" : "; known divergences: " + report.known.joined(separator: ", ")))
        if !report.stale.isEmpty {
            XCTFail("listed in known-divergences.txt but passing now, remove: \(report.stale.joined(separator: ", "))")
        }
        for failure in report.failures + report.stderrMismatches { XCTFail(failure) }
    }
}
