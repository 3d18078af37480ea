# Sourced by the .ci scripts: start_emulator DIR builds and starts samples/Flora.Emulator on a free 127.0.0.1 port,
# waits until it listens, exports EMULATOR_BASE_URL / EMULATOR_API_KEY / EMULATOR_WORKSPACE_ID / EMULATOR_PROJECT_ID /
# EMULATOR_FOLDER_ID / EMULATOR_WEBHOOK_SECRET (the secret its run webhooks are signed with), and stops it on exit.
# EMULATOR_WEBHOOK_SECRET set before the call is passed as --webhook-secret; otherwise the emulator makes a random one.
# EMULATOR_ARGS adds options, e.g. EMULATOR_ARGS="--processing-time 2" runs against an emulator that processes like FLORA.
start_emulator() {
  local dir="$1"
  mkdir -p "$dir"
  echo "== build and start the FLORA emulator"
  dotnet build samples/Flora.Emulator/Flora.Emulator.csproj -c Release -o "$dir/emulator" >"$dir/emulator-build.log" 2>&1 || { cat "$dir/emulator-build.log"; return 1; }
  EMULATOR_LOG="$dir/emulator.log"
  dotnet "$dir/emulator/flora-emulator.dll" --port 0 ${EMULATOR_WEBHOOK_SECRET:+--webhook-secret "$EMULATOR_WEBHOOK_SECRET"} ${EMULATOR_ARGS:-} >"$EMULATOR_LOG" 2>&1 &
  EMULATOR_PID=$!
  trap stop_emulator EXIT
  for _ in $(seq 1 300); do
    if grep -q "FLORA_BASE_URL=" "$EMULATOR_LOG" 2>/dev/null; then break; fi
    if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then cat "$EMULATOR_LOG"; echo "emulator exited"; return 1; fi
    sleep 0.1
  done
  EMULATOR_BASE_URL=$(sed -n 's/^ *FLORA_BASE_URL=//p' "$EMULATOR_LOG" | head -n1)
  EMULATOR_API_KEY=$(sed -n 's/^ *FLORA_API_KEY=//p' "$EMULATOR_LOG" | head -n1)
  EMULATOR_WORKSPACE_ID=$(sed -n 's/^ *workspace id: \([^ ]*\).*/\1/p' "$EMULATOR_LOG" | head -n1)
  EMULATOR_PROJECT_ID=$(sed -n 's/^ *project id: \([^ ]*\).*/\1/p' "$EMULATOR_LOG" | head -n1)
  EMULATOR_FOLDER_ID=$(sed -n 's/^ *folder id: \([^ ]*\).*/\1/p' "$EMULATOR_LOG" | head -n1)
  EMULATOR_WEBHOOK_SECRET=$(sed -n 's/^ *webhook secret: \([^ ]*\).*/\1/p' "$EMULATOR_LOG" | head -n1)
  [ -n "$EMULATOR_BASE_URL" ] || { cat "$EMULATOR_LOG"; echo "emulator did not start"; return 1; }
  export EMULATOR_BASE_URL EMULATOR_API_KEY EMULATOR_WORKSPACE_ID EMULATOR_PROJECT_ID EMULATOR_FOLDER_ID EMULATOR_WEBHOOK_SECRET
  echo "emulator (pid $EMULATOR_PID) at $EMULATOR_BASE_URL"
}

stop_emulator() {
  if [ -n "${EMULATOR_PID:-}" ] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
    kill -TERM "$EMULATOR_PID" 2>/dev/null || true
    wait "$EMULATOR_PID" 2>/dev/null || true
  fi
  EMULATOR_PID=
}
