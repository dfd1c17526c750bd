import YAML
import KrelCore
import XCTest
@testable import Chart

final class CapabilitiesObjectTests: XCTestCase {
    func testCapabilities() throws {
        let caps = try Capabilities(kubeVersionFlag: nil, apiVersionFlags: ["monitoring.coreos.com/v1", "example.invalid/v1/Widget,example.invalid/v2"])
        guard case .object(let kube)? = caps.member("KubeVersion"), case .object(let apis)? = caps.member("APIVersions") else {
            return XCTFail("members")
        }
        XCTAssertEqual(kube.formatted, "{v1.35.0 v1.35.0 1 35}")
        XCTAssertEqual((kube as? GoPointerStringer)?.pointerString, "v1.35.0")
        XCTAssertEqual(VersionSet.defaultVersions.count, 57)
        // Corpus capabilities-api-versions-flag.
        for (version, expected) in [("apps/v1", true), ("apps/v1/Deployment", false), ("monitoring.coreos.com/v1", true),
                                    ("example.invalid/v1/Widget", true), ("example.invalid/v1", false), ("example.invalid/v2", true)] {
            XCTAssertEqual(try apis.callMethod("Has", arguments: [.string(version)])?.boolValue, expected, version)
        }
        XCTAssertEqual(caps.member("HelmVersion").map { if case .object(let o) = $0 { o.formatted } else { "" } },
                       "{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}")
        XCTAssertEqual(try GoJSON.marshal(.object(caps.kubeVersion)), #"{"Version":"v1.35.0","Major":"1","Minor":"35"}"#)
    }

    func testKubeVersionParsing() {
        // (input, String(), Version, Major, Minor) or the error: helm oracle.
        let good: [(String, String, String, String, String)] = [
            ("1.28", "v1.28", "v1.28", "1", "28"), ("v1.28", "v1.28", "v1.28", "1", "28"),
            ("1.30.2+k3s1", "v1.30.2", "v1.30.2+k3s1", "1", "30"), ("1.28.3-gke.1+x", "v1.28.3", "v1.28.3-gke.1+x", "1", "28"),
            (" 1.2.3", "v1.2.3", "v 1.2.3", "1", "2"), ("1.2.3.4", "v1.2.3.4", "v1.2.3.4", "1", "2"),
        ]
        for (input, string, version, major, minor) in good {
            let kube = try? KubeVersion(parsing: input)
            XCTAssertEqual(kube, KubeVersion(version: version, normalized: string, major: major, minor: minor), input)
        }
        let bad: [(String, String)] = [
            ("abc", "invalid kube version 'abc': could not parse \"abc\" as version"),
            ("not-a-version", "invalid kube version 'not-a-version': could not parse \"not-a-version\" as version"),
            ("1", "invalid kube version '1': illegal version string \"1\""),
            ("01.02.03", "invalid kube version '01.02.03': illegal zero-prefixed version component \"01\" in \"01.02.03\""),
        ]
        for (input, message) in bad {
            XCTAssertThrowsError(try KubeVersion(parsing: input)) { XCTAssertEqual("\($0)", message) }
        }
    }

    func testReleaseObjectAndName() throws {
        // Printed form from helm-funcs.yaml release-printed.
        XCTAssertEqual(ReleaseInfo(name: "rel").templateValue.goFormatted,
                       "map[IsInstall:true IsUpgrade:false Name:rel Namespace:default Revision:1 Service:Helm]")
        for name in ["rel", "my-release", "a.b-c", "x1", String(repeating: "a", count: 53)] {
            XCTAssertNoThrow(try ReleaseName.validate(name), name)
        }
        for name in ["Invalid_Name", "-a", "a-", "a..b", "", "UPPER", String(repeating: "a", count: 54)] {
            XCTAssertThrowsError(try ReleaseName.validate(name), name)
        }
        // Corpus release-name-invalid.
        XCTAssertThrowsError(try ReleaseName.validate("Invalid_Name")) {
            XCTAssertEqual(($0 as? ReleaseName.InvalidName)?.cliMessage,
                           #"release name check failed: release name "Invalid_Name": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"#)
        }
    }
}
