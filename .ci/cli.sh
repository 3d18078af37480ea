#!/usr/bin/env bash
# The flora tool as users get it: pack src/Flora.Cli to a local folder feed, install that exact package into a
# temporary tool path, and run tests/Flora.Cli.Tests (end-to-end, resume, interactive tmux) against the installed tool.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v tmux >/dev/null 2>&1; then
  echo "== installing tmux (for the interactive terminal test)"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq tmux >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq tmux >/dev/null; fi
fi

echo "== pack Flora.Cli"
dotnet pack src/Flora.Cli/Flora.Cli.csproj -c Release -o "$work/feed" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
package=$(cd "$work/feed" && ls Flora.Cli.*.nupkg | head -n1)
version=${package#Flora.Cli.}
version=${version%.nupkg}
echo "packed $package"

echo "== dotnet tool install Flora.Cli $version from the local feed"
dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" Flora.Cli --version "$version"
"$work/tools/flora" --help | head -n 3

echo "== end-to-end tests against the installed tool"
CI=${CI:-true} FLORA_CLI="$work/tools/flora" dotnet test tests/Flora.Cli.Tests/Flora.Cli.Tests.csproj -c Release --no-build
