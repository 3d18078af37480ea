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

    /// <summary>The upload target, a host outside the FLORA API.</summary>
    public string? Url { get; init; }

    /// <summary>The HTTP method to use, <c>POST</c>.</summary>
    public string? Method { get; init; }

    /// <summary>The request's content type, <c>multipart/form-data</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The form field that carries the file, <c>file</c> when not given.</summary>
    public string? FileField { get; init; }

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
        init => FileField ??= value;
    }

    [JsonInclude, JsonPropertyName("contentType")]
    internal string? ContentTypeCamelCase
    {
        get => null;
        init => ContentType ??= value;
    }

    private static class EmptyFormFields
    {
        public static readonly IReadOnlyDictionary<string, string> Instance = new Dictionary<string, string>(0);
    }
}
