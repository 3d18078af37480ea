namespace Flora.Sdk.Uploads;

/// <summary>
/// An asset service that can look for a lost create's asset the way its own uploads do: the client's
/// <c>AssetService</c>, on the client's clock. A batch asks its <see cref="IAssetService"/> for this, so it never needs
/// the concrete service; any other service (a user's fake) gets one over its public calls.
/// </summary>
internal interface ILostCreateFinder
{
    /// <summary>The recovery the service's uploads use.</summary>
    LostCreateRecovery LostCreates { get; }
}
