namespace Flora.Sdk.Models;

/// <summary>
/// The rules of <see cref="TechniqueRunInput"/>'s factories. They live beside the record, not in Validation/, because
/// Validation/ uses Models/ and a factory of a public record cannot reach back without a folder cycle.
/// </summary>
internal static class TechniqueRunInputRules
{
    public static void InputId(string? id, string paramName)
    {
        if (id is null)
        {
            throw new ArgumentNullException(paramName, "The input id is required: pass the id of one of the technique's inputs (Technique.Inputs), for example 'image'.");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The input id is blank: pass the id of one of the technique's inputs (Technique.Inputs), for example 'image'.", paramName);
        }
    }

    /// <summary>The input type and URL for <paramref name="asset"/>, or an <see cref="ArgumentException"/> that says what to do.</summary>
    public static (string Type, string Url) AssetValue(Asset asset, string paramName)
    {
        var name = asset.AssetId.Length == 0 ? "The asset" : $"Asset '{asset.AssetId}'";
        if (asset.Status != AssetStatus.Ready)
        {
            throw new ArgumentException(
                $"{name} is '{asset.Status}', not ready: wait for it first (client.Assets.WaitForReadyAsync), then pass the ready asset.", paramName);
        }

        if (asset.Url is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            throw new ArgumentException(
                $"{name} has no https URL ({(asset.Url is null ? "none" : $"'{asset.Url}'")}): retrieve the ready asset again (client.Assets.RetrieveAsync) and pass the asset that carries its final https URL.",
                paramName);
        }

        var contentType = asset.ContentType ?? asset.UploadContentType;
        if (contentType is not null && contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return ("imageUrl", text);
        }

        if (contentType is not null && contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase))
        {
            return ("videoUrl", text);
        }

        throw new ArgumentException(
            $"{name} is '{contentType ?? "of no known content type"}', but a technique input takes an image (image/*) or a video (video/*): pass an image or video asset, or build the input yourself (new TechniqueRunInput {{ Id, Type, Value }}).",
            paramName);
    }
}
