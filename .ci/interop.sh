#!/usr/bin/env bash
# The interop test: FLORA's own TypeScript SDK (@flora-ai/flora, pinned in tests/Interop/package-lock.json) against the
# standalone emulator. Installs with npm ci, builds and starts samples/Flora.Emulator on a free 127.0.0.1 port, waits
# for it, runs node's test runner, and always stops the emulator. Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=emulator.sh
source .ci/emulator.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== npm ci (tests/Interop)"
(cd tests/Interop && npm ci --no-audit --no-fund)

# The run webhooks' secret, given to the emulator (--webhook-secret) and to the tests, which verify every delivery with it.
EMULATOR_WEBHOOK_SECRET="whsec_interop_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
start_emulator "$work"
trap 'stop_emulator; rm -rf "$work"' EXIT

echo "== node --test against $EMULATOR_BASE_URL"
start=$(date +%s%N)
set +e
(cd tests/Interop && FLORA_BASE_URL="$EMULATOR_BASE_URL" FLORA_API_KEY="$EMULATOR_API_KEY" \
  FLORA_WORKSPACE_ID="$EMULATOR_WORKSPACE_ID" FLORA_PROJECT_ID="$EMULATOR_PROJECT_ID" FLORA_FOLDER_ID="$EMULATOR_FOLDER_ID" FLORA_LOG=off \
  FLORA_WEBHOOK_SECRET="$EMULATOR_WEBHOOK_SECRET" \
  node --test --test-concurrency=1 --test-reporter=spec) | tee "$work/interop.log"
rc=${PIPESTATUS[0]}
set -e
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "interop: $(grep -oE '^ℹ (tests|pass|fail) [0-9]+' "$work/interop.log" | sed 's/^ℹ //' | tr '\n' ' ')in ${took_ms} ms"
if [ "$rc" -ne 0 ]; then
  echo "interop: FLORA's SDK failed against the emulator (exit $rc); emulator log:"
  tail -n 50 "$EMULATOR_LOG"
  exit "$rc"
fi
