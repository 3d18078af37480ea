namespace Flora.Sdk;

/// <summary>
/// A webhook delivery failed verification: its <c>Flora-Signature</c> header is missing or malformed, its signature does
/// not match the body and secret, its timestamp is outside the tolerance window, or (from <c>Unwrap</c>) its body is not
/// JSON. Answer such a delivery with 400 and do not act on it. The message never contains the secret.
/// </summary>
public sealed class FloraWebhookVerificationException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the delivery was refused.</param>
    public FloraWebhookVerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception that wraps its cause.</summary>
    /// <param name="message">Why the delivery was refused.</param>
    /// <param name="innerException">The underlying failure, for example the JSON parser's.</param>
    public FloraWebhookVerificationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
