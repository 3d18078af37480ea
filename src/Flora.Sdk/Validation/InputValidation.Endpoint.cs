namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>
    /// The path of <see cref="FloraClient.SendAsync"/>: relative to the base URL, so the key only ever goes to FLORA.
    /// Answers it without its one optional leading <c>/</c>.
    /// </summary>
    public static string EndpointPath(string? path, string paramName)
    {
        if (path is null)
        {
            throw new ArgumentNullException(paramName, "The path is required: pass it relative to the base URL, for example \"techniques/tech_abc123/runs\".");
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is blank: pass it relative to the base URL, for example \"projects/prj_abc123\".", paramName);
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith('\\') || HasScheme(path))
        {
            throw new ArgumentException(
                $"The path '{path}' names a host or scheme: pass a path relative to the base URL (for example \"projects/prj_abc123\"); the API key is only ever sent to FLORA.",
                paramName);
        }

        if (path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"The path '{path.Trim()}' contains whitespace: escape each segment with Uri.EscapeDataString.", paramName);
        }

        var relative = path[0] == '/' ? path.Substring(1) : path;
        var query = relative.IndexOfAny(['?', '#']);
        foreach (var segment in (query < 0 ? relative : relative.Substring(0, query)).Split('/', '\\'))
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded is "." or ".." || decoded.Contains('/', StringComparison.Ordinal) && decoded.Split('/').Any(s => s is "." or ".."))
            {
                throw new ArgumentException(
                    $"The path '{path}' has a '.' or '..' segment: pass the endpoint's path below the base URL as it is, for example \"projects/prj_abc123/nodes\".",
                    paramName);
            }
        }

        return relative;
    }

    /// <summary>Whether the text before the first <c>/</c>, <c>?</c> or <c>#</c> has a colon, as <c>https:</c> or <c>mailto:</c> do.</summary>
    private static bool HasScheme(string path)
    {
        var end = path.IndexOfAny(['/', '?', '#']);
        var first = end < 0 ? path : path.Substring(0, end);
        return first.Contains(':', StringComparison.Ordinal);
    }
}
