namespace Flora.Sdk.Models;

/// <summary>How <see cref="IAssetService.UploadAsync"/> sends the bytes.</summary>
public enum AssetUploadPath
{
    /// <summary>Direct bytes when the stream's length is known and at most 4 MiB, the signed path otherwise.</summary>
    Auto = 0,

    /// <summary>
    /// Always one multipart <c>POST /assets</c> with the bytes (FLORA takes at most 4 MiB this way); a server that
    /// answers 415 still gets the signed path.
    /// </summary>
    Direct = 1,

    /// <summary>Always reserve a signed upload, send the bytes to its target, then complete.</summary>
    SignedUrl = 2,
}
