using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// FLORA's webhook signature, server side: <c>Flora-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "&lt;t&gt;.&lt;body&gt;")&gt;</c>.
/// The emulator's own, independent of the client's verifier in Flora.Sdk, so that each checks the other.
/// </summary>
internal static class WebhookSigner
{
    public static string Header(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var prefix = Encoding.UTF8.GetBytes(t + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}";
    }

    /// <summary>A fresh secret in FLORA's form, <c>whsec_</c> and 48 hex digits, for an emulator given none.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
