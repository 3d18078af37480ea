namespace Flora.Sdk.Transport;

/// <summary>Who answers a call: the FLORA API, or the external host a signed upload goes to. It decides how errors read.</summary>
internal enum Peer
{
    /// <summary>The FLORA API: errors are FLORA's envelope and map to the <see cref="FloraApiException"/> ladder.</summary>
    FloraApi,

    /// <summary>The signed upload target outside FLORA: errors become <see cref="FloraUploadHostException"/>, with no FLORA hints.</summary>
    UploadHost,
}
