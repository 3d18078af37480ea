#!/usr/bin/env bash
# Compiles every LINQPad sample (samples/linqpad/*.linq) against the Flora.Sdk package packed from this tree, so that a
# rename in the SDK breaks CI instead of the samples. LINQPad is Windows-only, so each query's code (what follows the
# XML header) is wrapped as LINQPad wraps it: "Statements" become the body of an async method, "Program" the members
# of a class, "Expression" one expression; each <Namespace> becomes a using, and Dump(), Util.GetPassword and
# QueryCancelToken come from a small stand-in for LINQPad's own. All queries compile in one throwaway project outside
# the repository (so none of the repository's build settings apply), referencing Flora.Sdk by package version.
# Needs only NuGet. Exits non-zero when a query does not compile.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/LinqPadSamples"
mkdir -p "$project"
label=linqpad
source .ci/packed-packages.sh

cat >"$project/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><add key="local-feed" value="$feed" /></packageSources>
</configuration>
XML
cat >"$project/LinqPadSamples.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <ImplicitUsings>enable</ImplicitUsings>
    <!-- LINQPad's defaults: nullable off, and its queries are scripts, not libraries. -->
    <Nullable>disable</Nullable>
    <LangVersion>latest</LangVersion>
    <NoWarn>\$(NoWarn);CS1998;CS8321;CS0168;CS0219</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Flora.Sdk" Version="$version" />
    <PackageReference Include="Flora.Sdk.Testing" Version="$version" />
  </ItemGroup>
</Project>
XML
cat >"$project/LinqPad.cs" <<'CS'
// A stand-in for what LINQPad gives every query: Dump(), Util.GetPassword and QueryCancelToken.
public static class LinqPadExtensions
{
    public static T Dump<T>(this T value, string description = null) => value;
}

public static class Util
{
    public static string GetPassword(string name) => name;
}

public abstract class LinqPadQuery
{
    protected static System.Threading.CancellationToken QueryCancelToken => System.Threading.CancellationToken.None;
}
CS

count=0
for linq in samples/linqpad/*.linq; do
  name=$(basename "$linq" .linq)
  class="Query_$(tr -c 'A-Za-z0-9\n' '_' <<<"$name")"
  kind=$(sed -n 's:.*<Query Kind="\([A-Za-z]*\)".*:\1:p' "$linq" | head -n 1)
  grep -q '</Query>' "$linq" || { echo "$linq: no </Query> header"; exit 1; }
  grep -q '<NuGetReference[^>]*>Flora.Sdk</NuGetReference>' "$linq" || { echo "$linq: does not reference the Flora.Sdk package"; exit 1; }
  code=$(awk 'found { print } /<\/Query>/ { found = 1 }' "$linq")
  # Errors point at the .linq file's own lines.
  first=$(( $(grep -n '</Query>' "$linq" | head -n 1 | cut -d: -f1) + 1 ))
  line="#line $first \"$repo/$linq\""
  out="$project/$name.cs"
  {
    sed -n 's:.*<Namespace>\(.*\)</Namespace>.*:using \1;:p' "$linq"
    case "$kind" in
      Statements) printf 'public sealed class %s : LinqPadQuery\n{\n    public async Task Main()\n    {\n%s\n%s\n#line default\n    }\n}\n' "$class" "$line" "$code" ;;
      Program) printf 'public sealed partial class %s : LinqPadQuery\n{\n%s\n%s\n#line default\n}\n' "$class" "$line" "$code" ;;
      Expression) printf 'public sealed class %s : LinqPadQuery\n{\n    public object Main() => (\n%s\n%s\n#line default\n    );\n}\n' "$class" "$line" "$code" ;;
      *) echo "$linq: Query Kind \"$kind\" is not one this check compiles (Statements, Program, Expression)"; exit 1 ;;
    esac
  } >"$out"
  count=$((count + 1))
  echo "$linq: $kind"
done

echo "== compile $count LINQPad queries against Flora.Sdk $version (package)"
if ! dotnet build "$project/LinqPadSamples.csproj" -c Release >"$work/build.log" 2>&1; then
  grep -E ": (error|warning) " "$work/build.log" | sort -u || cat "$work/build.log"
  echo "linqpad: a sample does not compile against Flora.Sdk $version"
  exit 1
fi
grep -q "\"Flora.Sdk/$version\"" "$project/obj/project.assets.json" || { echo "the queries did not restore Flora.Sdk $version"; exit 1; }
echo "linqpad: $count queries compile against Flora.Sdk $version"
