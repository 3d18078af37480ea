namespace Flora.Sdk.Testing.Server;

/// <summary>The name and file flag of one multipart section, read from its <c>Content-Disposition: form-data</c> header.</summary>
internal sealed record FormPart(string Name, bool IsFile)
{
    public static FormPart? Parse(string? contentDisposition)
    {
        if (string.IsNullOrEmpty(contentDisposition))
        {
            return null;
        }

        var parts = contentDisposition.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? name = null;
        var isFile = false;
        foreach (var parameter in parts.AsSpan(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = parameter[..equals].Trim();
            var value = parameter[(equals + 1)..].Trim().Trim('"');
            if (key.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                name = value;
            }
            else if (key.Equals("filename", StringComparison.OrdinalIgnoreCase) || key.Equals("filename*", StringComparison.OrdinalIgnoreCase))
            {
                isFile = true;
            }
        }

        return name is null ? null : new FormPart(name, isFile);
    }
}
