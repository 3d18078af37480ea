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

    private static class EmptyFormFields
    {
        public static readonly IReadOnlyDictionary<string, string> Instance = new Dictionary<string, string>(0);
    }
}
