#!/usr/bin/env bash
# Benchmark smoke test for CI: every BenchmarkDotNet benchmark once with the Dry job, then the scale commands and the
# cold-start comparison with small sizes, so the benchmarks never rot. It checks that they run, not how fast (the
# machine is shared); docs/benchmarks.md has the real numbers and the full commands. Takes about 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

project=tests/Flora.Sdk.Benchmarks
artifacts="$(mktemp -d)"
trap 'rm -rf "$artifacts"' EXIT

dotnet build "$project" -c Release
run() { dotnet run -c Release --no-build --project "$project" -- "$@"; }

# Every benchmark class, Dry job (one invocation each, no pilot/warm-up), in process (no generated project to build,
# which alone can take minutes on a busy 2-core machine); exits non-zero if any benchmark fails.
run --filter '*' --job Dry --inProcess --artifacts "$artifacts" --stopOnFirstError

# Scale: 2,000 assets paged through the emulator and a 16 MiB upload; a missing item or byte always fails it (no --enforce needed).
run scale --assets 2000 --upload-mib 16 --download-mib 16 --runs 1

# Cold start: two fresh processes per client.
run coldstart --runs 2

echo "bench-smoke: OK (all benchmarks and scale commands ran)"
