using Flora.Cli.Upload;
using Flora.Sdk.Models;

namespace Flora.Cli.Runs;

/// <summary>What an <c>--input</c> value is: a local file (uploaded first), an asset id, a URL, or text.</summary>
internal enum TechniqueInputKind
{
    File,
    AssetId,
    Url,
    Text,
}

/// <summary>One <c>--input &lt;id&gt;=&lt;value&gt;</c>, read and classified before anything is sent.</summary>
internal sealed record TechniqueInputSpec(string Id, string Value, TechniqueInputKind Kind)
{
    /// <summary>The file's full path, for a <see cref="TechniqueInputKind.File"/> input.</summary>
    public string FullPath => Path.GetFullPath(Value);
}

/// <summary>
/// The <c>--input</c> values of <c>flora techniques run</c>: parsed and checked on this machine first (an <c>=</c>, an
/// existing file of a type FLORA accepts), then against the technique's declared inputs (known ids, media where media
/// is asked for, every required input given). Every refusal is an <see cref="ArgumentException"/>: exit 2, no run made.
/// </summary>
internal static class TechniqueInputs
{
    private const string AssetIdPrefix = "asset_";

    public static IReadOnlyList<TechniqueInputSpec> Parse(IReadOnlyList<string> values)
    {
        var inputs = new List<TechniqueInputSpec>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || string.IsNullOrWhiteSpace(value[..equals]))
            {
                throw new ArgumentException(
                    $"--input '{value}' is not <input-id>=<value>: give the technique input's id, '=', then a file, an asset id, an https URL or text.");
            }

            var id = value[..equals].Trim();
            var text = value[(equals + 1)..];
            if (text.Length == 0)
            {
                throw new ArgumentException($"--input '{id}' has no value after '='.");
            }

            inputs.Add(new TechniqueInputSpec(id, text, KindOf(id, text)));
        }

        return inputs;
    }

    /// <summary>Checks the inputs against the technique: known ids, media for media inputs, and no required input left out.</summary>
    public static void Check(IReadOnlyList<TechniqueInputSpec> inputs, Technique technique)
    {
        foreach (var input in inputs)
        {
            var field = technique.Inputs.FirstOrDefault(f => f.Id == input.Id)
                ?? throw new ArgumentException($"Technique '{technique.TechniqueId}' has no input '{input.Id}'; its inputs: {Describe(technique)}.");
            if (IsMedia(field.Type) && input.Kind == TechniqueInputKind.Text)
            {
                throw new ArgumentException(
                    $"Input '{input.Id}' takes {field.Type}: give a local file, an asset id ({AssetIdPrefix}…) or an https URL, not '{input.Value}'.");
            }
        }

        var missing = technique.Inputs.Where(f => f.Optional != true && inputs.All(i => i.Id != f.Id)).Select(f => f.Id).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Technique '{technique.TechniqueId}' needs --input for: {string.Join(", ", missing)} (its inputs: {Describe(technique)}).");
        }
    }

    /// <summary>A URL input as the technique declares it: imageUrl, videoUrl (or another …Url type); text where it takes text.</summary>
    public static TechniqueRunInput FromUrl(TechniqueInputSpec input, Technique technique)
    {
        var type = technique.Inputs.First(f => f.Id == input.Id).Type;
        return IsMedia(type) ? new TechniqueRunInput { Id = input.Id, Type = type, Value = input.Value } : TechniqueRunInput.Text(input.Id, input.Value);
    }

    private static TechniqueInputKind KindOf(string id, string value)
    {
        if (File.Exists(value))
        {
            return AcceptedTypes.ContentTypeOf(value) is not null
                ? TechniqueInputKind.File
                : throw new ArgumentException($"--input '{id}': '{value}' is not a type FLORA accepts ({AcceptedTypes.Describe()}).");
        }

        if (Directory.Exists(value))
        {
            throw new ArgumentException($"--input '{id}': '{value}' is a folder; give one file.");
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url.Scheme == Uri.UriSchemeHttps || url.IsLoopback
                ? TechniqueInputKind.Url
                : throw new ArgumentException($"--input '{id}': '{value}' is not https; FLORA fetches inputs over https only.");
        }

        if (value.StartsWith(AssetIdPrefix, StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace) && value.IndexOfAny(['/', '\\']) < 0)
        {
            return TechniqueInputKind.AssetId;
        }

        if (LooksLikeAPath(value))
        {
            throw new ArgumentException($"--input '{id}': the file '{value}' does not exist.");
        }

        return TechniqueInputKind.Text;
    }

    // A value with no spaces that names a folder or ends in a media extension is a path the user mistyped, not text.
    private static bool LooksLikeAPath(string value) =>
        !value.Any(char.IsWhiteSpace)
        && (value.IndexOfAny(['/', '\\']) >= 0 || value.StartsWith('~') || AcceptedTypes.ContentTypeOf(value) is not null);

    private static bool IsMedia(string type) => type.EndsWith("Url", StringComparison.Ordinal);

    private static string Describe(Technique technique) =>
        string.Join(", ", technique.Inputs.Select(f => $"{f.Id} ({f.Type}{(f.Optional == true ? ", optional" : string.Empty)})"));
}
