using Flora.Sdk.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the options of FLORA's webhook endpoint.</summary>
public static class FloraWebhookServiceCollectionExtensions
{
    /// <summary>Registers <see cref="FloraWebhookOptions"/>, optionally configured; the secret falls back to configuration <c>Flora:WebhookSecret</c>.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options, for example the secret from a secret store; <see langword="null"/> to keep the defaults.</param>
    /// <returns><paramref name="services"/>, to chain more registrations.</returns>
    public static IServiceCollection AddFloraWebhooks(this IServiceCollection services, Action<FloraWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<FloraWebhookOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }
}
