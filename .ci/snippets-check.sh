#!/usr/bin/env bash
# Compiles every C# block (```csharp, ```cs, ```c#) of the docs (README.md, docs/*.md, src/*/PACKAGE.md,
# src/*/README.md, samples/README.md) against the Flora.Sdk, Flora.Sdk.Testing and Flora.Sdk.AspNetCore packages packed from this tree, so a
# snippet that stops compiling (a rename, a typo, a variable declared twice) breaks CI instead of a reader's paste.
#
# Each block compiles on its own, in one throwaway project outside the repository (none of the repository's build
# settings apply; warnings are errors, nullable on), one file per block, as a top-level program reads it:
#   - the block's leading `using` lines stay usings (a `#:package` line of a file-based script becomes a comment);
#   - its statements become the body of an async method in a namespace of the block's own;
#   - type declarations that follow the statements (from the first line that starts a class/record/struct/interface/
#     enum at column 0) stay types in that namespace.
# Every block may assume the usings of a new ASP.NET Core app (the Web SDK's implicit ones: System, System.IO,
# System.Linq, System.Net.Http, System.Threading.Tasks, Microsoft.Extensions.DependencyInjection, ...) plus
# `using Flora.Sdk;` and `using Flora.Sdk.Models;`, and the few names SnippetContext below declares (the quickstart's
# `client`, and what an app has: `builder`, `app`, `configuration`, `cancellationToken`, ...). Anything else it uses
# it declares, or names in a using of its own.
# A block that is deliberately partial (a fragment that cannot compile alone) says so in its first line:
#   // snippet: partial (why)
# and is skipped. Errors point at the markdown file and line. Exits non-zero when a block does not compile.
#
# The packages: .ci/packed-packages.sh (the consumer check's, when no source changed since; else packed here).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start_time=$(date +%s)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/Snippets"
mkdir -p "$project"

# ---- the packages
label=snippets
source .ci/packed-packages.sh

# ---- the project
# The version is unique per pack, so sharing the consumer check's packages folder can never hand back a stale Flora.Sdk.
cat >"$project/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$repo/artifacts/consumer-packages" /></config>
  <packageSources><add key="local-feed" value="$feed" /></packageSources>
</configuration>
XML
cat >"$project/Snippets.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- A snippet shows a call: its results may go unused, and a block without await is still an async method here. -->
    <NoWarn>\$(NoWarn);CS1998;CS8321;CS0168;CS0219</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Using Include="Flora.Sdk" />
    <Using Include="Flora.Sdk.Models" />
  </ItemGroup>
  <ItemGroup>
    <PackageReference Include="Flora.Sdk" Version="$version" />
    <PackageReference Include="Flora.Sdk.Testing" Version="$version" />
    <PackageReference Include="Flora.Sdk.AspNetCore" Version="$version" />
    <!-- The packages the docs tell readers to add for the snippets that use them. -->
    <PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="1.21.0" />
    <PackageReference Include="Microsoft.Extensions.Http.Resilience" Version="10.11.0" />
    <PackageReference Include="Microsoft.Extensions.TimeProvider.Testing" Version="10.11.0" />
    <PackageReference Include="xunit.assert" Version="2.9.3" />
  </ItemGroup>
</Project>
XML
cat >"$project/SnippetContext.cs" <<'CS'
// What a snippet may use without declaring it: the quickstart's client and what an app around it has.
// A block's own declaration of the same name hides these (as `using var client = new FloraClient();` does).
#pragma warning disable CS0649, IDE1006 // never assigned, never run: only compiled; lower-case names as the docs write them
public abstract class SnippetContext
{
    protected global::Flora.Sdk.FloraClient client = null!;
    protected string workspaceId = "ws_abc123";
    protected global::System.Threading.CancellationToken cancellationToken;

    // An app: ASP.NET Core's builder and app, configuration, services, an HttpClient of its own, keys.
    protected global::Microsoft.AspNetCore.Builder.WebApplicationBuilder builder = null!;
    protected global::Microsoft.AspNetCore.Builder.WebApplication app = null!;
    protected global::Microsoft.Extensions.Configuration.IConfiguration configuration = null!;
    protected global::Microsoft.Extensions.DependencyInjection.IServiceCollection services = null!;
    protected global::System.Net.Http.HttpClient httpClient = null!;
    protected string key = "", keyA = "", correlationId = "";
    protected string[] args = [];

    // The caller's data: bytes, a stream, create parameters, an order, database rows, a cursor saved earlier.
    protected byte[] pngBytes = [];
    protected global::System.IO.Stream stream = null!;
    protected global::Flora.Sdk.Models.AssetCreateParams parameters = null!;
    protected Order order = null!;
    protected global::System.Collections.Generic.IEnumerable<Row> rows = [];
    protected string? savedCursor;

    // Tests: an emulator and a fake clock.
    protected global::Flora.Sdk.Testing.FloraEmulator emulator = null!;
    protected global::Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = null!;

    protected sealed record Order(string Id);
    protected sealed record Row(string Id, string Path);
}
CS

# ---- the blocks
docs=(README.md docs/*.md src/*/PACKAGE.md src/*/README.md samples/README.md)
present=()
for doc in "${docs[@]}"; do [ -f "$doc" ] && present+=("$doc"); done
awk -v out="$project" -v repo="$repo" '
function flush(   i, h, t, k, tag, ns, file, first) {
  first = ""
  for (i = 1; i <= nl; i++) if (buf[i] !~ /^[ \t]*$/) { first = buf[i]; break }
  if (first ~ /^[ \t]*\/\/[ \t]*snippet:[ \t]*partial/) { print "skipped\t" FILENAME ":" start; return }
  # Leading usings (and comments, blank lines, #: directives) stay at the top of the file.
  h = 0
  for (i = 1; i <= nl; i++) {
    if (buf[i] ~ /^(global )?using (static )?[A-Za-z_][A-Za-z0-9_.]*( *= *[^;]*)?;[ \t]*(\/\/.*)?$/ || buf[i] ~ /^#:/ || buf[i] ~ /^[ \t]*(\/\/.*)?$/) h = i
    else break
  }
  # Types: from the first type declaration at column 0 (with its attributes and doc comments) to the end.
  t = nl + 1
  for (i = h + 1; i <= nl; i++) {
    if (buf[i] ~ /^((public|internal|file|sealed|static|abstract|partial|readonly|ref)[ \t]+)*(class|record|struct|interface|enum)[ \t]/) {
      t = i
      while (t - 1 > h && buf[t - 1] ~ /^(\[|\/\/\/)/) t--
      break
    }
  }
  tag = FILENAME; gsub(/[^A-Za-z0-9]/, "_", tag)
  ns = "Snippets." tag "_L" start
  file = out "/" tag "_L" start ".cs"
  printf "#line %d \"%s/%s\"\n", start, repo, FILENAME > file
  for (i = 1; i <= h; i++) print (buf[i] ~ /^#:/ ? "// " buf[i] : buf[i]) > file
  print "#line default" > file
  print "namespace " ns ";" > file
  print "public sealed class Snippet : global::SnippetContext" > file
  print "{" > file
  print "    public async global::System.Threading.Tasks.Task RunAsync()" > file
  print "    {" > file
  printf "#line %d \"%s/%s\"\n", start + h, repo, FILENAME > file
  for (i = h + 1; i < t; i++) print buf[i] > file
  print "#line default" > file
  print "    }" > file
  print "}" > file
  if (t <= nl) {
    printf "#line %d \"%s/%s\"\n", start + t - 1, repo, FILENAME > file
    for (i = t; i <= nl; i++) print buf[i] > file
    print "#line default" > file
  }
  close(file)
  print "compiled\t" FILENAME ":" start
}
FNR == 1 { infence = 0 }
{
  line = $0
  if (!infence) {
    if (line ~ /^ *(```|~~~)/) {
      ind = match(line, /[^ ]/) - 1
      rest = substr(line, ind + 1)
      fc = substr(rest, 1, 1)
      flen = 0
      while (substr(rest, flen + 1, 1) == fc) flen++
      info = substr(rest, flen + 1)
      sub(/^[ \t]+/, "", info); sub(/[ \t{].*$/, "", info)
      info = tolower(info)
      iscs = (info == "csharp" || info == "cs" || info == "c#")
      infence = 1; start = FNR + 1; nl = 0
    }
    next
  }
  closing = line
  sub(/^ +/, "", closing); sub(/[ \t]+$/, "", closing)
  if (substr(closing, 1, 1) == fc && length(closing) >= flen && closing ~ /^(`+|~+)$/) {
    if (iscs) flush()
    infence = 0
    next
  }
  if (iscs) {
    k = 0
    while (k < ind && substr(line, 1, 1) == " ") { line = substr(line, 2); k++ }
    buf[++nl] = line
  }
}
END { if (infence && iscs) { print "unclosed\t" FILENAME ":" start } }
' "${present[@]}" >"$work/blocks.txt"

if grep -q '^unclosed' "$work/blocks.txt"; then
  sed -n 's/^unclosed\t/a C# block is never closed: /p' "$work/blocks.txt"; exit 1
fi
compiled=$(grep -c '^compiled' "$work/blocks.txt" || true)
skipped=$(grep -c '^skipped' "$work/blocks.txt" || true)
for doc in "${present[@]}"; do
  c=$(grep -c "^compiled	$doc:" "$work/blocks.txt" || true)
  s=$(grep -c "^skipped	$doc:" "$work/blocks.txt" || true)
  if [ $((c + s)) -gt 0 ]; then echo "$doc: $c compiled, $s partial"; fi
done
sed -n 's/^skipped\t/  partial (skipped): /p' "$work/blocks.txt"
[ "$compiled" -gt 0 ] || { echo "snippets: found no C# block to compile"; exit 1; }

echo "== compile $compiled C# blocks against Flora.Sdk $version (package)"
if ! dotnet build "$project/Snippets.csproj" -c Release >"$work/build.log" 2>&1; then
  # Point at the markdown file and line, relative to the repository.
  grep -E ": (error|warning) " "$work/build.log" | sed -e "s|$repo/||" -e 's| \[[^]]*\.csproj\]$||' | sort -u || cat "$work/build.log"
  echo "snippets: a C# block of the docs does not compile against Flora.Sdk $version (the lines above name its file and line)"
  exit 1
fi
grep -q "\"Flora.Sdk/$version\"" "$project/obj/project.assets.json" || { echo "the snippets did not restore Flora.Sdk $version"; exit 1; }
echo "snippets: $compiled C# blocks compile against Flora.Sdk $version, $skipped skipped as partial ($(( $(date +%s) - start_time ))s)"
