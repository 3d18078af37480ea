namespace Flora.Sdk;

/// <summary>An asset reached the <c>failed</c> state while the SDK waited for it to become <c>ready</c>.</summary>
public sealed class FloraAssetFailedException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="assetId">The asset that failed.</param>
    /// <param name="failureMessage">FLORA's <c>failure_message</c>, when it gave one.</param>
    public FloraAssetFailedException(string assetId, string? failureMessage)
        : base($"Asset '{assetId}' failed: {failureMessage ?? "FLORA gave no failure message"}. Fix the source file and upload it again, or call RetryAsync for a fresh upload.")
    {
        AssetId = assetId;
        FailureMessage = failureMessage;
    }

    /// <summary>The asset that failed.</summary>
    public string AssetId { get; }

    /// <summary>FLORA's <c>failure_message</c>.</summary>
    public string? FailureMessage { get; }
}
