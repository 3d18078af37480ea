#!/usr/bin/env bash
# Checks the per-assembly summaries of a `dotnet test` log against .ci/test-minimums.txt: every assembly listed there
# must report at least its minimum of passed tests for its target framework, and every assembly that reported must be
# listed. Usage: .ci/test-counts.sh LOG
set -euo pipefail
cd "$(dirname "$0")/.."
log="$1"
table=.ci/test-minimums.txt

# VSTest prints one line per assembly and framework, e.g.
#   Passed!  - Failed:     0, Passed:   352, Skipped:     0, Total:   352, Duration: 5 s - Flora.Sdk.Tests.dll (net10.0)
reported=$(sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+), Total: +([0-9]+).* - ([^ ]+) \(([^)]+)\).*/\6 \7 \3/p' "$log")

status=0
while read -r assembly framework minimum; do
  case "$assembly" in ''|'#'*) continue ;; esac
  passed=$(awk -v a="$assembly" -v f="$framework" '$1 == a && $2 == f { print $3 }' <<<"$reported" | tail -n 1)
  if [ -z "$passed" ] && [ "$framework" = net472 ] && [ "${FLORA_NET472:-}" != required ]; then
    # net472 runs only where a .NET Framework runtime is (Windows, or Mono); .ci/run and the Windows and Linux legs
    # of the workflow set FLORA_NET472=required.
    echo "test counts: $assembly ($framework) skipped: no .NET Framework runtime or Mono here (FLORA_NET472 is not 'required')"
  elif [ -z "$passed" ]; then
    echo "test counts: $assembly ($framework) reported no results (minimum $minimum): did the project or target drop out of the solution?"
    status=1
  elif [ "$passed" -lt "$minimum" ]; then
    echo "test counts: $assembly ($framework) passed $passed tests, fewer than its minimum $minimum"
    status=1
  else
    echo "test counts: $assembly ($framework) passed $passed (minimum $minimum)"
  fi
done <"$table"

while read -r assembly framework _; do
  [ -n "$assembly" ] || continue
  if ! awk -v a="$assembly" -v f="$framework" '$1 == a && $2 == f { found = 1 } END { exit !found }' "$table"; then
    echo "test counts: $assembly ($framework) is not in $table: add it with its minimum"
    status=1
  fi
done <<<"$reported"

exit "$status"
