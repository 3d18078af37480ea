namespace Flora.Sdk.Transport;

/// <summary>Who answers a call: the FLORA API, or the storage host outside it (the signed upload target, the asset's download URL). It decides how errors read.</summary>
internal enum Peer
{
    /// <summary>The FLORA API: errors are FLORA's envelope and map to the <see cref="FloraApiException"/> ladder.</summary>
    FloraApi,

    /// <summary>The storage host outside FLORA (uploads and downloads): errors become <see cref="FloraStorageHostException"/>, with no FLORA hints.</summary>
    StorageHost,
}
