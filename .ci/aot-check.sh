#!/usr/bin/env bash
# Publishes samples/Flora.AotSample with Native AOT (linux-x64; any trim/AOT warning fails), starts the standalone
# emulator on a free loopback port, runs the native binary against it, and stops the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=artifacts/aot
mkdir -p "$out"
source .ci/emulator.sh

start_emulator "$out"
echo "== publish Flora.AotSample (PublishAot, linux-x64)"
publish_log="$out/publish.log"
if ! dotnet publish samples/Flora.AotSample/Flora.AotSample.csproj -c Release -r linux-x64 -o "$out/bin" >"$publish_log" 2>&1; then
  cat "$publish_log"; exit 1
fi
if grep -E "warning (IL|CS|CA|NU)[0-9]+" "$publish_log"; then
  echo "AOT publish produced warnings (above)"; exit 1
fi
ls -l "$out/bin/flora-aot-sample"
file "$out/bin/flora-aot-sample" 2>/dev/null || true

echo "== run the native binary against $EMULATOR_BASE_URL"
FLORA_BASE_URL="$EMULATOR_BASE_URL" FLORA_API_KEY="$EMULATOR_API_KEY" FLORA_WORKSPACE_ID="$EMULATOR_WORKSPACE_ID" "$out/bin/flora-aot-sample"
echo "== AOT check passed"
