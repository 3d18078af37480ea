namespace Flora.Sdk.Models;

/// <summary>Well-known values of <see cref="AssetCreateParams.Source"/>.</summary>
public static class AssetSource
{
    /// <summary>Reserve a signed upload: the response carries upload instructions for bytes you upload yourself.</summary>
    public const string SignedUrl = "signed-url";
}
