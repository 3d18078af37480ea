using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Webhooks;

namespace Flora.Sdk;

/// <summary>
/// Verifies and reads FLORA's webhook deliveries, and signs bodies the same way (for tests and emulators). Stateless, no
/// network: a delivery needs only its raw body, its <c>Flora-Signature</c> header and your signing secret (<c>whsec_…</c>).
/// </summary>
/// <remarks>
/// The signature is an HMAC-SHA256, keyed by the secret, over the UTF-8 bytes of <c>"&lt;t&gt;.&lt;body&gt;"</c>, in lower-case
/// hex. The header may carry several <c>v1=</c> values while a secret rotates: any match passes. Signatures are compared in
/// constant time. Pass the body exactly as received: parsed and written again, it will not match.
/// </remarks>
public static class FloraWebhooks
{
    /// <summary>The header that carries the signature: <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>.</summary>
    public const string SignatureHeader = "Flora-Signature";

#pragma warning disable RS0026 // The string and byte[] bodies take the same optional options, the contract of API.md; the body types never overlap.
    /// <summary>Verifies a delivery, then reads its body as a typed event.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>Flora-Signature</c> header (<see langword="null"/> when it is missing).</param>
    /// <param name="secret">Your webhook signing secret.</param>
    /// <param name="options">The timestamp tolerance and clock; <see langword="null"/> for five minutes on the system clock.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="FloraWebhookVerificationException">The delivery failed verification, or its body is not a JSON object.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank, or the tolerance is negative.</exception>
    public static WebhookEvent Unwrap(string body, string? signatureHeader, string secret, WebhookVerifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Unwrap(Encoding.UTF8.GetBytes(body), signatureHeader, secret, options);
    }

    /// <summary>Verifies a delivery given as raw bytes (as a receiver reads it), then reads it as a typed event.</summary>
    /// <param name="body">The raw request body's bytes, exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>Flora-Signature</c> header (<see langword="null"/> when it is missing).</param>
    /// <param name="secret">Your webhook signing secret.</param>
    /// <param name="options">The timestamp tolerance and clock; <see langword="null"/> for five minutes on the system clock.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="FloraWebhookVerificationException">The delivery failed verification, or its body is not a JSON object.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank, or the tolerance is negative.</exception>
    public static WebhookEvent Unwrap(byte[] body, string? signatureHeader, string secret, WebhookVerifyOptions? options = null)
    {
        Verify(body, signatureHeader, secret, options);
        try
        {
            return JsonSerializer.Deserialize(body, FloraJsonContext.Default.WebhookEvent)
                ?? throw new FloraWebhookVerificationException("The webhook body is the JSON null, not an event object.");
        }
        catch (JsonException e)
        {
            throw new FloraWebhookVerificationException("The webhook body is not a JSON event object, although its signature matches.", e);
        }
    }

    /// <summary>Verifies a delivery's signature and timestamp without reading its body.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>Flora-Signature</c> header (<see langword="null"/> when it is missing).</param>
    /// <param name="secret">Your webhook signing secret.</param>
    /// <param name="options">The timestamp tolerance and clock; <see langword="null"/> for five minutes on the system clock.</param>
    /// <exception cref="FloraWebhookVerificationException">The header is missing, has no <c>t=</c> or no <c>v1=</c>, no signature matches, or the timestamp is outside the tolerance.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank, or the tolerance is negative.</exception>
    public static void Verify(string body, string? signatureHeader, string secret, WebhookVerifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Verify(Encoding.UTF8.GetBytes(body), signatureHeader, secret, options);
    }

    /// <summary>Verifies a delivery given as raw bytes, without reading its body.</summary>
    /// <param name="body">The raw request body's bytes, exactly as received.</param>
    /// <param name="signatureHeader">The value of the <c>Flora-Signature</c> header (<see langword="null"/> when it is missing).</param>
    /// <param name="secret">Your webhook signing secret.</param>
    /// <param name="options">The timestamp tolerance and clock; <see langword="null"/> for five minutes on the system clock.</param>
    /// <exception cref="FloraWebhookVerificationException">The header is missing, has no <c>t=</c> or no <c>v1=</c>, no signature matches, or the timestamp is outside the tolerance.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank, or the tolerance is negative.</exception>
    public static void Verify(byte[] body, string? signatureHeader, string secret, WebhookVerifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        CheckSecret(secret);
        var tolerance = options?.Tolerance ?? WebhookVerifyOptions.DefaultTolerance;
        if (tolerance < TimeSpan.Zero)
        {
            throw new ArgumentException("The webhook tolerance cannot be negative; use TimeSpan.Zero to turn the timestamp check off.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw new FloraWebhookVerificationException($"The {SignatureHeader} header is missing: this request was not signed by FLORA.");
        }

        var header = Webhooks.SignatureHeader.Parse(signatureHeader!);
        if (header.Timestamp is not { } timestamp)
        {
            throw new FloraWebhookVerificationException($"The {SignatureHeader} header has no timestamp (t=).");
        }

        if (header.Signatures.Count == 0)
        {
            throw new FloraWebhookVerificationException($"The {SignatureHeader} header has no v1 signature (v1=).");
        }

        var expected = Encoding.ASCII.GetBytes(Hex(timestamp, body, secret));
        var matched = false;
        foreach (var candidate in header.Signatures)
        {
            // Every candidate is compared, matched or not, so the time taken says nothing about which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected);
        }

        if (!matched)
        {
            throw new FloraWebhookVerificationException(
                "The webhook signature does not match: the body was changed on the way, or the secret is not the one FLORA signed with.");
        }

        if (tolerance > TimeSpan.Zero)
        {
            var now = (options?.TimeProvider ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds();
            var age = now - timestamp;
            var limit = (long)tolerance.TotalSeconds;
            if (age > limit)
            {
                throw new FloraWebhookVerificationException($"The webhook timestamp is too old: {age} s, more than the {limit} s tolerance (a replay?).");
            }

            if (-age > limit)
            {
                throw new FloraWebhookVerificationException($"The webhook timestamp is {-age} s in the future, more than the {limit} s tolerance (check the clock).");
            }
        }
    }

#pragma warning restore RS0026

    /// <summary>Signs a body as FLORA does, giving the <c>Flora-Signature</c> header value: for tests, emulators and debugging a receiver.</summary>
    /// <param name="body">The body to sign, exactly as it will be sent.</param>
    /// <param name="secret">The webhook signing secret.</param>
    /// <param name="timestamp">The signing time; it is sent in whole Unix seconds.</param>
    /// <returns>The header value <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is blank.</exception>
    public static string Sign(string body, string secret, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(body);
        CheckSecret(secret);
        var seconds = timestamp.ToUnixTimeSeconds();
        return "t=" + seconds.ToString(CultureInfo.InvariantCulture) + ",v1=" + Hex(seconds, Encoding.UTF8.GetBytes(body), secret);
    }

    private static void CheckSecret(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException("The webhook signing secret is blank; pass the whsec_… secret FLORA gave you.", nameof(secret));
        }
    }

    private static string Hex(long timestamp, byte[] body, string secret)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        Buffer.BlockCopy(prefix, 0, message, 0, prefix.Length);
        Buffer.BlockCopy(body, 0, message, prefix.Length, body.Length);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(message);
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
