# Sourced by the checks that compile against the packed Flora.Sdk, Flora.Sdk.Testing and Flora.Sdk.AspNetCore (snippets-check,
# linqpad-check).
# Needs: $repo (the repository), $work (a throwaway folder), $label (names a pack of its own). Sets: $feed, $version.
# The packages: the ones .ci/consumer-check.sh packed into artifacts/feed earlier in the same .ci/run, when no source
# that goes into them changed since (make's rule: no file newer than the package); otherwise they are packed here.
feed="$repo/artifacts/feed"
version=""
sdk_nupkgs=$(find "$feed" -maxdepth 1 -name 'Flora.Sdk.[0-9]*.nupkg' 2>/dev/null || true)
if [ -n "$sdk_nupkgs" ] && [ "$(wc -l <<<"$sdk_nupkgs")" -eq 1 ]; then
  candidate=$(basename "$sdk_nupkgs" .nupkg)
  candidate=${candidate#Flora.Sdk.}
  inputs=(src/Directory.Build.props src/Flora.Sdk src/Flora.Sdk.Testing src/Flora.Sdk.AspNetCore Directory.Build.props Directory.Packages.props global.json)
  # What the compiled API comes from (a changed README beside the code does not change what is compiled against it).
  changed=$(find "${inputs[@]}" \( -name bin -o -name obj \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \
    -o -name '*.targets' -o -name '*.json' -o -name 'PublicAPI.*.txt' \) -newer "$sdk_nupkgs" -print -quit)
  if [ -f "$feed/Flora.Sdk.Testing.$candidate.nupkg" ] && [ -f "$feed/Flora.Sdk.AspNetCore.$candidate.nupkg" ] && [ -z "$changed" ]; then
    version=$candidate
    echo "== reuse Flora.Sdk $version from artifacts/feed (packed by .ci/consumer-check.sh, no source changed since)"
  fi
fi
if [ -z "$version" ]; then
  prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
  suffix="$label.$(date -u +%Y%m%d%H%M%S).$$"
  version="$prefix-$suffix"
  feed="$work/feed"
  echo "== pack Flora.Sdk $version"
  for csproj in src/Flora.Sdk/Flora.Sdk.csproj src/Flora.Sdk.Testing/Flora.Sdk.Testing.csproj src/Flora.Sdk.AspNetCore/Flora.Sdk.AspNetCore.csproj; do
    # Package validation is .ci/consumer-check.sh's job; these checks are about code compiling against the packages.
    if ! dotnet pack "$csproj" -c Release -o "$feed" --version-suffix "$suffix" -p:EnablePackageValidation=false >"$work/pack.log" 2>&1; then
      cat "$work/pack.log"; exit 1
    fi
  done
fi
