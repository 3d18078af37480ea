using Flora.Sdk;
using Flora.Sdk.DependencyInjection;
using Flora.Sdk.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="FloraClient"/> with dependency injection, over <see cref="System.Net.Http.IHttpClientFactory"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is registered.</b> <c>AddFloraClient(...)</c> registers <see cref="IFloraClient"/> and <see cref="FloraClient"/> as a
/// singleton: one client per name for the container's lifetime (resolving it again returns the same instance), which fetches its
/// handler from <see cref="System.Net.Http.IHttpMessageHandlerFactory"/> on every request, so the factory's pooled handlers are
/// still rotated (<c>SetHandlerLifetime</c>). Also registered: options validated when the host starts (<c>ValidateOnStart</c>,
/// with the same rules and messages as the <see cref="FloraClient"/> constructor), and <see cref="IFloraClientFactory"/>. The
/// client logs through the app's <see cref="ILoggerFactory"/> (category <c>Flora.Sdk</c>): one Debug line per attempt, a
/// Warning per retry, never the key. Inject it anywhere, singletons included.
/// </para>
/// <para>
/// <b>Configuration.</b> The <see cref="IConfiguration"/> overloads read the keys <c>ApiKey</c>, <c>BaseUrl</c>,
/// <c>MaxRetries</c> and <c>Timeout</c> (<c>hh:mm:ss</c>, or <c>Infinite</c>). The rule for which section: an
/// <see cref="IConfigurationSection"/> (for example <c>configuration.GetSection("Flora:BrandB")</c>) is read as given; any
/// other <see cref="IConfiguration"/> (the app's root configuration, such as <c>builder.Configuration</c>) is narrowed to its
/// <c>Flora</c> section. A key that is absent keeps its default, so <c>FLORA_API_KEY</c> and <c>FLORA_BASE_URL</c> still apply.
/// Binding reads the four keys by hand: no reflection, safe under trimming and Native AOT. The options are read once, when
/// the client of that name is first resolved; later changes to reloadable configuration do not change it.
/// </para>
/// <para>
/// <b>Several workspaces or keys.</b> <c>AddFloraClient(name, ...)</c> registers a named client: get it with
/// <c>IFloraClientFactory.CreateClient(name)</c>, or inject it as a keyed service,
/// <c>[FromKeyedServices(name)] IFloraClient client</c> (both give the same instance). Named and unnamed registrations can be
/// mixed. Registering a name twice registers one client; both calls' configuration applies, in order.
/// </para>
/// <para>
/// <b>Resilience handlers.</b> The client already retries (connection failures, attempt timeouts, 408, 429, 5xx, honouring
/// <c>Retry-After</c>, with one idempotency key per call). The simplest choice is not to add a resilience handler. If you add
/// one to the returned builder (for example <c>AddStandardResilienceHandler()</c> from
/// <c>Microsoft.Extensions.Http.Resilience</c>, for its circuit breaker or rate limiter), set
/// <see cref="FloraClientOptions.MaxRetries"/> to 0 so retries do not stack (3 × 3 attempts), and give its total timeout room
/// for uploads, or keep <see cref="FloraClientOptions.MaxRetries"/> and remove the handler's retry strategy.
/// </para>
/// <para>
/// <b>The storage transport.</b> The bytes of a signed upload and of a download go to the storage host outside FLORA
/// through a named client of its own, <c>Flora.Sdk.Storage</c> (its own pool, no cookies, no redirects followed), never
/// through the handlers added to
/// the returned builder, whose default headers and cookies are for FLORA's API. Configure it by that name, or set
/// <see cref="FloraClientOptions.StorageHandler"/>.
/// </para>
/// </remarks>
public static class FloraServiceCollectionExtensions
{
    /// <summary>Registers the FLORA client, configured in code (defaults read <c>FLORA_API_KEY</c> and <c>FLORA_BASE_URL</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the key, base URL, retries and timeout; null keeps the defaults.</param>
    /// <returns>The builder of the client's <see cref="System.Net.Http.HttpClient"/>, to add handlers to.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddFloraClient(o => o.ApiKey = builder.Configuration["Flora:ApiKey"]);
    /// </code>
    /// </example>
#pragma warning disable RS0027 // The optional parameter is the public contract (README "Dependency injection"), beside the named overloads.
    public static IHttpClientBuilder AddFloraClient(this IServiceCollection services, Action<FloraClientOptions>? configure = null)
#pragma warning restore RS0027
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = AddCore(services, Options.Options.DefaultName);
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        // One client for the container's lifetime, over IHttpClientFactory's named handlers "Flora.Sdk" (fetched per request, so rotated).
        services.TryAddSingleton(static sp => sp.GetRequiredService<FloraClientFactory>().Get(Options.Options.DefaultName));
        services.TryAddSingleton<IFloraClient>(static sp => sp.GetRequiredService<FloraClient>());
        return services.AddHttpClient(FloraClientRegistry.HttpClientName(Options.Options.DefaultName)).ConfigureHttpClient(DisableHttpClientTimeout).ConfigurePrimaryHttpMessageHandler(FloraClient.RefuseRedirects).RemoveAllLoggers();
    }

    /// <summary>Registers the FLORA client, configured from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// A section holding <c>ApiKey</c>, <c>BaseUrl</c>, <c>MaxRetries</c>, <c>Timeout</c>; or the root configuration, whose
    /// <c>Flora</c> section is then used (see the rule in the remarks of <see cref="FloraServiceCollectionExtensions"/>).
    /// </param>
    /// <returns>The builder of the client's <see cref="System.Net.Http.HttpClient"/>, to add handlers to.</returns>
    /// <example>
    /// <code>
    /// // appsettings.json: { "Flora": { "BaseUrl": "https://app.flora.ai/api/v1", "MaxRetries": 3, "Timeout": "00:02:00" } }
    /// builder.Services.AddFloraClient(builder.Configuration);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddFloraClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        BindConfiguration(services, Options.Options.DefaultName, configuration);
        return services.AddFloraClient(configure: null);
    }

    /// <summary>Registers a named FLORA client (for a second workspace or key), configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The name to create it by: <c>IFloraClientFactory.CreateClient(name)</c> or <c>[FromKeyedServices(name)]</c>.</param>
    /// <param name="configure">Sets the key, base URL, retries and timeout; null keeps the defaults.</param>
    /// <returns>The builder of the client's named <see cref="System.Net.Http.HttpClient"/>, to add handlers to.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static IHttpClientBuilder AddFloraClient(this IServiceCollection services, string name, Action<FloraClientOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The client name is blank: use AddFloraClient(configure) for the unnamed client, or give a name such as \"brand-a\".", nameof(name));
        }

        var optionsBuilder = AddCore(services, name);
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        // Registering a name again adds no second client; its configure still applies (as AddHttpClient's does).
        services.TryAddKeyedSingleton<IFloraClient>(name, static (sp, key) => sp.GetRequiredService<FloraClientFactory>().Get((string)key!));
        services.TryAddKeyedSingleton<FloraClient>(name, static (sp, key) => sp.GetRequiredService<FloraClientFactory>().Get((string)key!));
        return services.AddHttpClient(FloraClientRegistry.HttpClientName(name)).ConfigureHttpClient(DisableHttpClientTimeout).ConfigurePrimaryHttpMessageHandler(FloraClient.RefuseRedirects).RemoveAllLoggers();
    }

    /// <summary>Registers a named FLORA client (for a second workspace or key), configured from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The name to create it by: <c>IFloraClientFactory.CreateClient(name)</c> or <c>[FromKeyedServices(name)]</c>.</param>
    /// <param name="configuration">A section holding the keys, or the root configuration (its <c>Flora</c> section is used).</param>
    /// <returns>The builder of the client's named <see cref="System.Net.Http.HttpClient"/>, to add handlers to.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static IHttpClientBuilder AddFloraClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddFloraClient(name, configure: null);
        BindConfiguration(services, name, configuration);
        return builder;
    }

    private static OptionsBuilder<FloraClientOptions> AddCore(IServiceCollection services, string name)
    {
        Registry(services).Add(name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FloraClientOptions>, FloraClientOptionsValidator>());
        services.TryAddSingleton<FloraClientFactory>();
        services.TryAddSingleton<IFloraClientFactory>(static sp => sp.GetRequiredService<FloraClientFactory>());
        return services.AddOptions<FloraClientOptions>(name).ValidateOnStart();
    }

    private static void BindConfiguration(IServiceCollection services, string name, IConfiguration configuration)
    {
        var section = FloraConfigurationBinder.Resolve(configuration);
        services.AddOptions<FloraClientOptions>(name).Configure(options => FloraConfigurationBinder.Bind(section, options));
        services.AddSingleton<IOptionsChangeTokenSource<FloraClientOptions>>(new ConfigurationChangeTokenSource<FloraClientOptions>(name, section));
    }

    private static FloraClientRegistry Registry(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(FloraClientRegistry) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is FloraClientRegistry existing)
            {
                return existing;
            }
        }

        var registry = new FloraClientRegistry();
        services.AddSingleton(registry);

        // Once per service collection: the upload transport of every FLORA client, with a pool apart from the API's.
        services.AddHttpClient(StorageTransport.HttpClientName).ConfigurePrimaryHttpMessageHandler(StorageTransport.CreateHandler).RemoveAllLoggers();
        return registry;
    }

    // The client applies FloraClientOptions.Timeout to each attempt; HttpClient's own 100 s default would cut long uploads.
    private static void DisableHttpClientTimeout(System.Net.Http.HttpClient http) => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
}
