#!/usr/bin/env bash
# Mutation testing (issue 21): Stryker.NET 5.1.0 (from the tool manifest) mutates the send and upload paths
# (src/Flora.Sdk/Transport, Uploads, Batch, Endpoints) and runs the unit tests of tests/Flora.Sdk.Tests against each
# mutant; eng/stryker-config.json holds the scope and the thresholds. Exits non-zero below the break threshold (80%).
#
#   bash .ci/mutation.sh                      the full run (about 40 minutes on 2 cores)
#   bash .ci/mutation.sh --since:origin/main  only the mutants in files changed since that ref (what a pull request runs)
#   bash .ci/mutation.sh -m '**/Batch/**/*.cs' one folder (-m replaces the config's mutate list)
#
# Not part of .ci/run: the full run alone is over twice CI's 15 minutes (docs/reliability.md, "Mutation testing").
# Reports go to artifacts/stryker/reports (html, json); the score per file is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
root=$(pwd)
out=${STRYKER_OUTPUT:-$root/artifacts/stryker}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet tool restore
set +e
(cd tests/Flora.Sdk.Tests && dotnet dotnet-stryker -f ../../eng/stryker-config.json -O "$out" "$@") 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# Stryker's own summary lines: the final score, and the break verdict when it is missed.
grep -E 'final mutation score|below the break threshold|threshold' "$log" | tail -n 3 || true
echo "reports: $out/reports"
exit "$rc"
