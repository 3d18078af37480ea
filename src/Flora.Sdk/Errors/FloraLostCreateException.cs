namespace Flora.Sdk;

/// <summary>
/// FLORA created an asset but its answer was lost, and the SDK could not tell which asset is this call's: none, or
/// more than one, fits. Nothing was adopted; <see cref="CandidateAssetIds"/> lists the assets that fit.
/// </summary>
public sealed class FloraLostCreateException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="candidateAssetIds">The assets that fit the call; empty when none did.</param>
    /// <param name="innerException">The refused retry (<c>idempotency_duplicate</c>) that showed the first answer was lost.</param>
    public FloraLostCreateException(string message, IReadOnlyList<string> candidateAssetIds, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(candidateAssetIds);
        CandidateAssetIds = candidateAssetIds;
    }

    /// <summary>The assets that fit the call (same workspace, project, name, content type, and created during it); empty when none did.</summary>
    public IReadOnlyList<string> CandidateAssetIds { get; }
}
