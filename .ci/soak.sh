#!/usr/bin/env bash
# Soak smoke for CI: 1,000 mixed operations (uploads small and large, keyed batches run twice, URL creates, lists,
# retrieves, attaches) from 16 workers against the in-process emulator, which processes every asset for 250 ms, with
# seeded chaos on 30% of requests. One upload in eight waits less than that and must name its asset. Fails when an
# asset is lost or doubled, a wait that ran out names no asset, a batch rerun answers another asset, a SHA-256
# mismatches, or memory or sockets do not come back. About 15 s. The 10,000-operation run and its figures are in
# docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

project=tests/Flora.Sdk.Benchmarks
dotnet build "$project" -c Release
dotnet run -c Release --no-build --project "$project" -- soak --operations 1000 --workers 16 --enforce
