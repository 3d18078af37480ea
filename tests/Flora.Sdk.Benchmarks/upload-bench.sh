#!/usr/bin/env bash
# Issue 12's benchmark: one 100 KB upload, API requests and time, Flora.Sdk direct vs Flora.Sdk signed vs FLORA's
# TypeScript SDK upload(), one after the other against the same standalone emulator (samples/Flora.Emulator) in one
# run. Both SDKs run with retries off, 3 warm-up uploads, then BENCH_RUNS (default 30) timed uploads each.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/emulator.sh
source .ci/emulator.sh
work="$(mktemp -d)"
trap 'stop_emulator; rm -rf "$work"' EXIT
(cd tests/Interop && npm ci --no-audit --no-fund >/dev/null)
dotnet build tests/Flora.Sdk.Benchmarks -c Release -o "$work/bench" >"$work/bench-build.log" 2>&1 || { cat "$work/bench-build.log"; exit 1; }
start_emulator "$work"
export FLORA_BASE_URL="$EMULATOR_BASE_URL" FLORA_API_KEY="$EMULATOR_API_KEY" FLORA_WORKSPACE_ID="$EMULATOR_WORKSPACE_ID" FLORA_LOG=off
dotnet "$work/bench/Flora.Sdk.Benchmarks.dll" upload-paths
(cd tests/Interop && node bench-upload.mjs)
