namespace Flora.Sdk.Testing.Server;

/// <summary>One signed upload reservation: the token in the upload URL and the form fields the upload must echo.</summary>
internal sealed record UploadReservation(string Token, DateTimeOffset ExpiresAt, IReadOnlyList<KeyValuePair<string, string>> FormFields, string Url);
