#!/usr/bin/env bash
# Packs Flora.Sdk, Flora.Sdk.Testing and Flora.Sdk.AspNetCore into a local folder feed with a unique version, checks the packages, then builds
# and runs consumer projects that reference them BY PACKAGE VERSION (tests/Consumers, not in Flora.Sdk.sln):
#   Flora.Consumer.App (net10.0: DI + upload + list against the in-process emulator),
#   Flora.Consumer.NetStandard (netstandard2.0 library), Flora.Consumer.Net8 (net8.0 app, run with DOTNET_ROLL_FORWARD=Major).
# Needs only NuGet. The consumers restore into artifacts/consumer-packages, and the version is unique per run, so a
# stale package in ~/.nuget/packages can never hide a change.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
suffix="ci.$(date -u +%Y%m%d%H%M%S).$$"
version="$prefix-$suffix"
feed=artifacts/feed
log=artifacts/consumer-check
rm -rf "$feed" "$log" artifacts/consumer-packages/flora.sdk artifacts/consumer-packages/flora.sdk.testing artifacts/consumer-packages/flora.sdk.aspnetcore
mkdir -p "$feed" "$log"

echo "== pack $version into $feed"
for project in src/Flora.Sdk/Flora.Sdk.csproj src/Flora.Sdk.Testing/Flora.Sdk.Testing.csproj src/Flora.Sdk.AspNetCore/Flora.Sdk.AspNetCore.csproj; do
  name=$(basename "$project" .csproj)
  if ! dotnet pack "$project" -c Release -o "$feed" --version-suffix "$suffix" >"$log/pack-$name.log" 2>&1; then
    cat "$log/pack-$name.log"; exit 1
  fi
  if grep -E ": warning [A-Z]+[0-9]+" "$log/pack-$name.log"; then
    echo "packing $name produced warnings (above)"; exit 1
  fi
done
ls -l "$feed"

echo "== check package contents"
for id in Flora.Sdk Flora.Sdk.Testing Flora.Sdk.AspNetCore; do
  nupkg="$feed/$id.$version.nupkg"
  [ -f "$nupkg" ] && [ -f "$feed/$id.$version.snupkg" ] || { echo "missing $id .nupkg or .snupkg"; exit 1; }
  listing=$(unzip -l "$nupkg")
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  for needle in "README.md" "$id.xml"; do
    grep -q "$needle" <<<"$listing" || { echo "$id: no $needle in the package"; exit 1; }
  done
  for needle in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<repository type="git" url="https://github.com/' '<tags>'; do
    grep -qF "$needle" <<<"$nuspec" || { echo "$id: nuspec lacks $needle"; exit 1; }
  done
  echo "$id: $(grep -o 'lib/[^/]*/' <<<"$listing" | sort -u | tr '\n' ' ')"
done

consumers=tests/Consumers
for project in Flora.Consumer.NetStandard Flora.Consumer.App Flora.Consumer.Net8; do
  echo "== build $project against Flora.Sdk $version (package)"
  if ! dotnet build "$consumers/$project/$project.csproj" -c Release -p:FloraSdkVersion="$version" >"$log/build-$project.log" 2>&1; then
    cat "$log/build-$project.log"; exit 1
  fi
  if grep -E ": warning [A-Z]+[0-9]+" "$log/build-$project.log"; then
    echo "building $project produced warnings (above)"; exit 1
  fi
done
# The consumers must have resolved the packages just packed, not a project or a cached copy.
grep -q "\"Flora.Sdk/$version\"" "$consumers/Flora.Consumer.App/obj/project.assets.json" || { echo "Flora.Consumer.App did not restore Flora.Sdk $version"; exit 1; }

echo "== run Flora.Consumer.App (net10.0)"
dotnet "$consumers/Flora.Consumer.App/bin/Release/net10.0/Flora.Consumer.App.dll"
echo "== run Flora.Consumer.Net8 (net8.0, DOTNET_ROLL_FORWARD=Major)"
DOTNET_ROLL_FORWARD=Major dotnet "$consumers/Flora.Consumer.Net8/bin/Release/net8.0/Flora.Consumer.Net8.dll"
echo "== consumer check passed ($version)"
