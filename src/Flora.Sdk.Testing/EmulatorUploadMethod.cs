namespace Flora.Sdk.Testing;

/// <summary>Which upload instructions the emulator hands out for a signed upload.</summary>
public enum EmulatorUploadMethod
{
    /// <summary>
    /// FLORA's documented shape: an <c>upload</c> block (multipart POST with <c>form_fields</c> and <c>file_field</c>), and
    /// <c>upload_url</c> as a signed PUT URL.
    /// </summary>
    MultipartPost,

    /// <summary>Only <c>upload_url</c>, a signed URL that takes the raw bytes in a PUT; no <c>upload</c> block.</summary>
    Put,
}
