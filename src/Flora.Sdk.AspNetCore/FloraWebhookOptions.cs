namespace Flora.Sdk.AspNetCore;

/// <summary>How the endpoint mapped by <c>MapFloraWebhooks</c> verifies FLORA's deliveries.</summary>
public sealed class FloraWebhookOptions
{
    /// <summary>The configuration key the secret is read from when <see cref="Secret"/> is not set.</summary>
    public const string SecretConfigurationKey = "Flora:WebhookSecret";

    /// <summary>The default <see cref="MaxBodyBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>Your webhook signing secret (<c>whsec_…</c>). Keep it out of source code: set it from a secret store.</summary>
    /// <value><see langword="null"/>: read from configuration <c>Flora:WebhookSecret</c>.</value>
    public string? Secret { get; set; }

    /// <summary>How far a delivery's signed timestamp may be from now; <see cref="TimeSpan.Zero"/> turns the check off.</summary>
    /// <value>Five minutes.</value>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest body the endpoint reads; a larger one is answered 413 and never verified.</summary>
    /// <value>1 MiB (<see cref="DefaultMaxBodyBytes"/>). FLORA's deliveries are a few hundred bytes.</value>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
