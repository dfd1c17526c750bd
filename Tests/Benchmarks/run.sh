#!/usr/bin/env bash
# Builds krel and krel-bench the way krel ships (a fully static executable: see
# BENCHMARKS.md) and runs the suites against helm in the same run.
# Usage: Tests/Benchmarks/run.sh [template|charts|yaml|all] [krel-bench options...]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release -Xswiftc -static-executable >/dev/null 2>&1
suite=${1:-all}
shift || true
exec .build/release/krel-bench "$suite" --cases ../shared/conformance/charts "$@"
