using System.Net.Http.Headers;
using Flora.Sdk.Models;

namespace Flora.Sdk.Uploads;

/// <summary>
/// Where and how a reservation's bytes go: the URL on the upload host, the method, and the body's shape. A
/// <c>POST</c> sends <c>multipart/form-data</c> with the form fields first and the file last; a <c>PUT</c> sends the
/// raw bytes (FLORA's serialized form, <c>upload_url</c> without an <c>upload</c> block).
/// </summary>
internal sealed class SignedUploadTarget
{
    private readonly string _fileField;
    private readonly IReadOnlyDictionary<string, string> _formFields;

    private SignedUploadTarget(Uri url, HttpMethod method, string fileField, IReadOnlyDictionary<string, string> formFields)
    {
        Url = url;
        Method = method;
        _fileField = fileField;
        _formFields = formFields;
    }

    public Uri Url { get; }

    public HttpMethod Method { get; }

    /// <summary>Reads a reservation's upload instructions, refusing any that would send the bytes somewhere unsafe.</summary>
    /// <exception cref="FloraException">The reservation has no usable instructions; nothing was sent.</exception>
    public static SignedUploadTarget From(AssetUploadState reservation)
    {
        if (reservation.Upload is { Url.Length: > 0 } upload)
        {
            // The upload block names its method; POST (a presigned form) is what FLORA sends, PUT is honoured as raw bytes.
            var method = upload.Method switch
            {
                "" => HttpMethod.Post,
                var m when m.Equals("POST", StringComparison.OrdinalIgnoreCase) => HttpMethod.Post,
                var m when m.Equals("PUT", StringComparison.OrdinalIgnoreCase) => HttpMethod.Put,
                var m => throw new FloraException(
                    $"FLORA reserved asset '{reservation.AssetId}' with upload method '{m.ReplaceLineEndings(" ")}', which this SDK cannot send (it sends POST and PUT); the bytes were not sent. Update Flora.Sdk."),
            };
            return new SignedUploadTarget(Absolute(upload.Url, reservation), method, upload.FileField.Length == 0 ? "file" : upload.FileField, upload.FormFields);
        }

        if (reservation.UploadUrl is { Length: > 0 } putUrl)
        {
            return new SignedUploadTarget(Absolute(putUrl, reservation), HttpMethod.Put, "file", new Dictionary<string, string>(0));
        }

        throw new FloraException(
            $"FLORA reserved asset '{reservation.AssetId}' but sent no upload instructions (neither 'upload' nor 'upload_url'); the asset cannot be uploaded. Report it with the request id.");
    }

    /// <summary>The body of one attempt around <paramref name="file"/>, which streams the caller's bytes.</summary>
    public HttpContent BuildContent(Stream file, string fileName, string contentType)
    {
        var bytes = new StreamContent(file, 81920);
        bytes.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (Method == HttpMethod.Put)
        {
            return bytes;
        }

        var form = new MultipartFormDataContent();

        // Presigned-POST targets read the policy fields before the file, so they go first, in the order given.
        foreach (var (name, value) in _formFields)
        {
            var field = new StringContent(value);
            field.Headers.ContentType = null;
            form.Add(field, name);
        }

        form.Add(bytes, _fileField, fileName);
        return form;
    }

    private static Uri Absolute(string text, AssetUploadState reservation)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var target)
            || !(target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && target.IsLoopback)))
        {
            throw new FloraException(
                $"FLORA returned an upload URL for asset '{reservation.AssetId}' that is not an absolute https URL ('{text}'); the bytes were not sent, to keep them off an unencrypted connection.");
        }

        return target;
    }
}
