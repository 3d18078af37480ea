#!/usr/bin/env bash
# Figure of issue 14: 500 files of 100 KB and 20 of 6 MB, uploaded by `flora assets upload --concurrency 8 --wait`
# and by FLORA's TypeScript SDK 0.11.0 upload() with 8 workers (Promise.all), each against a fresh `flora emulator`
# (the same build and options, so each side's request count is its own). Reports wall time, requests sent (as the
# emulator counted them) and peak RSS (GNU time) of each client process.
#   bash tests/Flora.Sdk.Benchmarks/CliUpload/run.sh            # TS with its default 1 s poll interval
#   TS_POLL_MS=100 bash tests/Flora.Sdk.Benchmarks/CliUpload/run.sh   # TS polling every 100 ms as well
# Needs node + npm (installs @flora-ai/flora@0.11.0 into a temp folder) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=$(mktemp -d)
# SIGTERM, not SIGINT: a script's background jobs ignore SIGINT.
trap 'kill -TERM ${emulator_pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
here=tests/Flora.Sdk.Benchmarks/CliUpload

echo "== build flora"
dotnet build src/Flora.Cli/Flora.Cli.csproj -c Release -o "$work/flora" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
flora=(dotnet "$work/flora/flora.dll")

echo "== install @flora-ai/flora@0.11.0"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @flora-ai/flora@0.11.0 >/dev/null)
cp "$here/upload-ts.mjs" "$work/"

echo "== generate 500 x 100 KB + 20 x 6 MB"
mkdir -p "$work/files"
for i in $(seq -w 1 500); do head -c 102400 /dev/urandom >"$work/files/small-$i.png"; done
for i in $(seq -w 1 20); do head -c 6291456 /dev/urandom >"$work/files/large-$i.mp4"; done

start_emulator() {
  "${flora[@]}" emulator --port 0 >"$work/emulator-$1.log" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 1 300); do grep -q FLORA_BASE_URL= "$work/emulator-$1.log" && break; sleep 0.1; done
  export FLORA_BASE_URL=$(sed -n 's/^ *FLORA_BASE_URL=//p' "$work/emulator-$1.log") FLORA_API_KEY=$(sed -n 's/^ *FLORA_API_KEY=//p' "$work/emulator-$1.log")
}
# Not in a $(...) subshell: only this shell can wait for the emulator it started.
stop_emulator() {
  kill -TERM "$emulator_pid"; wait "$emulator_pid" || true
  served=$(sed -n 's/^Stopping. //p' "$work/emulator-$1.log")
}

echo "== flora assets upload --concurrency 8 --wait"
start_emulator dotnet
rm -f "$work/files/.flora-upload.json"
/usr/bin/time -f "%e s wall, %M KiB peak RSS" -o "$work/time-dotnet" "${flora[@]}" assets upload "$work/files" -w ws_bench --concurrency 8 --wait --format json >"$work/dotnet.json" 2>"$work/dotnet.err"
rm -f "$work/files/.flora-upload.json"
stop_emulator dotnet
echo "flora:  $(cat "$work/time-dotnet"); $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"uploaded {d['uploaded']}, failed {d['failed']}\")" "$work/dotnet.json"); $served"

echo "== @flora-ai/flora upload(), 8 workers${TS_POLL_MS:+, pollIntervalMs $TS_POLL_MS}"
start_emulator ts
(cd "$work" && /usr/bin/time -f "%e s wall, %M KiB peak RSS" -o "$work/time-ts" node upload-ts.mjs "$work/files" ws_bench 8 ${TS_POLL_MS:-} >"$work/ts.json")
stop_emulator ts
echo "TS SDK: $(cat "$work/time-ts"); $(cat "$work/ts.json"); $served"
