namespace Flora.Sdk.Testing.Server;

/// <summary>The name, file flag and file name of one multipart section, read from its <c>Content-Disposition: form-data</c> header.</summary>
internal sealed record FormPart(string Name, bool IsFile, string? FileName)
{
    /// <summary>The part, or null when the header is missing, is not <c>form-data</c> or names no (or an empty) field.</summary>
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
        string? fileName = null;
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
            else if (key.Equals("filename", StringComparison.OrdinalIgnoreCase))
            {
                isFile = true;
                fileName = value.Length > 0 ? value : fileName;
            }
            else if (key.Equals("filename*", StringComparison.OrdinalIgnoreCase))
            {
                isFile = true;
            }
        }

        return string.IsNullOrEmpty(name) ? null : new FormPart(name, isFile, fileName);
    }
}
