#!/usr/bin/env bash
# The ecosystem checks, from a clean clone with only NuGet reachable; prints what each step printed and its time.
#   1. consumer check: pack to a local feed, build/run net10.0, net8.0 and netstandard2.0 consumers BY PACKAGE VERSION
#   2. Native AOT: publish samples/Flora.AotSample (zero trim/AOT warnings), run it against the standalone emulator
#   3. the .NET 10 file-based script samples/scripts/upload.cs (no key: in-process emulator)
#   4. samples/Flora.HostedService (Generic Host; no key: in-process emulator; exits when the folder is uploaded)
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The samples must use the emulator, never a real key that happens to be set on the machine.
unset FLORA_API_KEY FLORA_BASE_URL

total_start=$(date +%s)
timings=()
step() {
  local name="$1"; shift
  echo
  echo "################ $name"
  local start; start=$(date +%s)
  "$@"
  local took=$(( $(date +%s) - start ))
  timings+=("$(printf '%-28s %4ss' "$name" "$took")")
  echo "################ $name: passed in ${took}s"
}

step "consumer check" .ci/consumer-check.sh
step "native AOT sample" .ci/aot-check.sh
step "file-based script" dotnet run samples/scripts/upload.cs -- samples/Flora.HostedService/sample-files/green.png
step "hosted service sample" dotnet run --project samples/Flora.HostedService/Flora.HostedService.csproj -c Release

echo
echo "################ ecosystem check passed in $(( $(date +%s) - total_start ))s"
printf '  %s\n' "${timings[@]}"
