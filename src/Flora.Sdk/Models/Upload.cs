using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// Instructions for uploading bytes to a signed upload target: POST <see cref="FormFields"/> and the file (under
/// <see cref="FileField"/>) to <see cref="Url"/> as <c>multipart/form-data</c>.
/// </summary>
/// <remarks>
/// FLORA's reference spells the fields <c>form_fields</c>/<c>file_field</c> and its guide <c>formFields</c>/<c>fileField</c>;
/// both are read.
/// </remarks>
public sealed record Upload
{
    private readonly IReadOnlyDictionary<string, string>? _formFields;

    private readonly string? _url;

    /// <summary>The upload target, a host outside the FLORA API.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Url
    {
        get => _url ?? string.Empty;
        init => _url = value;
    }

    private readonly string? _method;

    /// <summary>The HTTP method to use, <c>POST</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Method
    {
        get => _method ?? string.Empty;
        init => _method = value;
    }

    private readonly string? _contentType;

    /// <summary>The request's content type, <c>multipart/form-data</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ContentType
    {
        get => _contentType ?? string.Empty;
        init => _contentType = value;
    }

    private readonly string? _fileField;

    /// <summary>The form field that carries the file; the SDK sends the file as <c>file</c> when this is empty.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string FileField
    {
        get => _fileField ?? string.Empty;
        init => _fileField = value;
    }

    /// <summary>Form fields to send before the file, exactly as given. Never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string> FormFields
    {
        get => _formFields ?? EmptyFormFields.Instance;
        init => _formFields = value;
    }

    // The guide's camelCase spelling; write-only aliases so both spellings fill the same properties.
    [JsonInclude, JsonPropertyName("formFields")]
    internal IReadOnlyDictionary<string, string>? FormFieldsCamelCase
    {
        get => null;
        init => _formFields ??= value;
    }

    [JsonInclude, JsonPropertyName("fileField")]
    internal string? FileFieldCamelCase
    {
        get => null;
        init => _fileField ??= value;
    }

    [JsonInclude, JsonPropertyName("contentType")]
    internal string? ContentTypeCamelCase
    {
        get => null;
        init => _contentType ??= value;
    }

    /// <summary>Compares every field, <see cref="FormFields"/> by content: two answers with the same instructions are equal.</summary>
    /// <param name="other">The instructions to compare with.</param>
    /// <returns>Whether the URL, method, content type, file field and every form field are equal.</returns>
    public bool Equals(Upload? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Url, other.Url, StringComparison.Ordinal)
            && string.Equals(Method, other.Method, StringComparison.Ordinal)
            && string.Equals(ContentType, other.ContentType, StringComparison.Ordinal)
            && string.Equals(FileField, other.FileField, StringComparison.Ordinal)
            && FormFields.Count == other.FormFields.Count
            && FormFields.All(field => other.FormFields.TryGetValue(field.Key, out var value) && string.Equals(field.Value, value, StringComparison.Ordinal)));

    /// <summary>A hash consistent with <see cref="Equals(Upload)"/>, whatever the order of the form fields.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = unchecked((StringComparer.Ordinal.GetHashCode(Url) * 31) + StringComparer.Ordinal.GetHashCode(Method));
        foreach (var field in FormFields)
        {
            hash += unchecked((StringComparer.Ordinal.GetHashCode(field.Key) * 17) ^ StringComparer.Ordinal.GetHashCode(field.Value ?? string.Empty));
        }

        return hash;
    }

    private static class EmptyFormFields
    {
        public static readonly IReadOnlyDictionary<string, string> Instance = new Dictionary<string, string>(0);
    }
}
