using System.Text.Json.Nodes;
using Flora.Sdk.Assets;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Feedback;
using Flora.Sdk.Generations;
using Flora.Sdk.ModelCatalog;
using Flora.Sdk.Projects;
using Flora.Sdk.Runs;
using Flora.Sdk.Techniques;
using Flora.Sdk.Transport;
using Flora.Sdk.Uploads;
using Flora.Sdk.Validation;
using Flora.Sdk.Workspaces;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk;

/// <summary>
/// The FLORA API client. Create one and reuse it: it is thread-safe and pools its connections. In ASP.NET Core or any
/// Generic Host app, register it with <c>services.AddFloraClient()</c> instead.
/// </summary>
public class FloraClient : IFloraClient, IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly HttpMessageHandler? _storageHandler;
    private readonly object _gate = new();

    // Everything below is made on first use, so that a client costs little to construct and a first call builds only
    // what it needs. The storage transport is either the factory's (given), or this client's own (made and disposed here).
    private HttpMessageInvoker? _storage;
    private bool _ownsStorage;
    private AssetService? _assets;
    private ProjectService? _projects;
    private WorkspaceService? _workspaces;
    private FeedbackService? _feedback;
    private RunService? _runs;
    private TechniqueService? _techniques;
    private GenerationService? _generations;
    private ModelService? _models;
    private AnyEndpoint? _anyEndpoint;

    /// <summary>Creates a client configured from the environment (<c>FLORA_API_KEY</c>, <c>FLORA_BASE_URL</c>).</summary>
    /// <exception cref="FloraException">No API key is set.</exception>
    public FloraClient()
        : this(new FloraClientOptions())
    {
    }

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">The key, base URL, retries and timeout.</param>
    /// <exception cref="FloraException">No API key is set.</exception>
    /// <exception cref="ArgumentException">An option is not valid (for example a plain-http base URL to a remote host).</exception>
    public FloraClient(FloraClientOptions options)
        : this(CreateHttpClient(), options, ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> you own (and dispose).</summary>
    /// <param name="httpClient">
    /// The client to send with; its <c>BaseAddress</c> and default headers are not used for FLORA's. Give it a handler with
    /// <c>AllowAutoRedirect = false</c>: the SDK refuses an answer that came from another origin after a redirect
    /// (<see cref="FloraException"/>), but cannot stop your handler from following one and sending the body there.
    /// </param>
    /// <param name="options">The key, base URL, retries and timeout.</param>
    /// <exception cref="FloraException">No API key is set.</exception>
    /// <exception cref="ArgumentException">An option is not valid.</exception>
    public FloraClient(HttpClient httpClient, FloraClientOptions options)
        : this(httpClient, options, ownsHttpClient: false)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> from <c>IHttpClientFactory</c>, logging through the app's logger factory.</summary>
    /// <param name="httpClient">The client to send with (the factory owns its handler).</param>
    /// <param name="options">The key, base URL, retries and timeout.</param>
    /// <param name="loggerFactory">The app's logger factory; <see cref="FloraClientOptions.LoggerFactory"/> wins when set.</param>
    /// <param name="storageInvoker">The factory's storage transport; <see cref="FloraClientOptions.StorageHandler"/> wins when set.</param>
    internal FloraClient(HttpClient httpClient, FloraClientOptions options, ILoggerFactory? loggerFactory, HttpMessageInvoker storageInvoker)
        : this(httpClient, options, ownsHttpClient: false, loggerFactory, storageInvoker)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/>.</summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="options">The key, base URL, retries and timeout.</param>
    /// <param name="ownsHttpClient">Whether <see cref="Dispose()"/> disposes <paramref name="httpClient"/>.</param>
    /// <param name="loggerFactory">Used when <see cref="FloraClientOptions.LoggerFactory"/> is not set.</param>
    /// <param name="storageInvoker">The storage transport when <see cref="FloraClientOptions.StorageHandler"/> is not set; null makes one of the client's own.</param>
    private FloraClient(HttpClient httpClient, FloraClientOptions options, bool ownsHttpClient, ILoggerFactory? loggerFactory = null, HttpMessageInvoker? storageInvoker = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _storageHandler = options.StorageHandler;
        _storage = options.StorageHandler is null ? storageInvoker : null;
        Api = new ApiTransport(httpClient, options, new Redactor(options.ApiKey!), (options.LoggerFactory ?? loggerFactory)?.CreateLogger(LoggerCategory));
    }

    /// <inheritdoc/>
    public IAssetService Assets => _assets ?? Once(ref _assets, () => new AssetService(Api, Storage));

    /// <inheritdoc/>
    public IProjectService Projects => _projects ?? Once(ref _projects, () => new ProjectService(Api));

    /// <inheritdoc/>
    public IWorkspaceService Workspaces => _workspaces ?? Once(ref _workspaces, () => new WorkspaceService(Api));

    /// <inheritdoc/>
    public IFeedbackService Feedback => _feedback ?? Once(ref _feedback, () => new FeedbackService(Api));

    /// <inheritdoc/>
    public IRunService Runs => _runs ?? Once(ref _runs, () => new RunService(Api, Storage));

    /// <inheritdoc/>
    public ITechniqueService Techniques => _techniques ?? Once(ref _techniques, () => new TechniqueService(Api));

    /// <inheritdoc/>
    public IGenerationService Generations => _generations ?? Once(ref _generations, () => new GenerationService(Api));

    /// <inheritdoc/>
    public IModelService Models => _models ?? Once(ref _models, () => new ModelService(Api));

    /// <inheritdoc/>
    public Task<FloraResponse<JsonNode?>> SendAsync(
        HttpMethod method, string path, JsonNode? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (_anyEndpoint ?? Once(ref _anyEndpoint, () => new AnyEndpoint(Api))).SendAsync(method, path, body, options, cancellationToken);

    /// <summary>The base URL requests go to.</summary>
    public Uri BaseUrl => Api.BaseUrl;

    internal ApiTransport Api { get; }

    /// <summary>The category of the SDK's log lines.</summary>
    internal const string LoggerCategory = "Flora.Sdk";

    /// <summary>Describes the client without its API key.</summary>
    /// <returns>The base URL.</returns>
    public override string ToString() => $"FloraClient {{ BaseUrl = {BaseUrl} }}";

    /// <summary>Releases the connection pool, when the client created it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the connection pools the client created: the API's (unless you passed the HttpClient) and the upload transport's.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        lock (_gate)
        {
            if (_ownsStorage)
            {
                _storage?.Dispose();
            }
        }

        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <summary>
    /// The transport to the storage host, never <c>httpClient</c>: its default headers, cookies and redirects are the
    /// caller's, and the storage host is not FLORA. Made on the first upload or download.
    /// </summary>
    private HttpMessageInvoker Storage()
    {
        lock (_gate)
        {
            if (_storage is null)
            {
                _ownsStorage = _storageHandler is null;
                _storage = _storageHandler is { } handler ? StorageTransport.Over(handler) : StorageTransport.Create();
            }

            return _storage;
        }
    }

    /// <summary>Makes a service once: the first caller's is kept, under the client's lock, so every caller gets the same one.</summary>
    private T Once<T>(ref T? field, Func<T> create)
        where T : class
    {
        lock (_gate)
        {
            return field ??= create();
        }
    }

    internal static void Validate(FloraClientOptions options)
    {
        InputValidation.ApiKey(options.ApiKey, nameof(options.ApiKey));
        InputValidation.BaseUrl(options.BaseUrl, nameof(options.BaseUrl));
        InputValidation.MaxRetries(options.MaxRetries, nameof(options.MaxRetries));
        InputValidation.Timeout(options.Timeout, nameof(options.Timeout));
        InputValidation.MaxPages(options.MaxPages, nameof(options.MaxPages));

        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
    }

    /// <summary>
    /// Turns redirects off on the primary handler <c>IHttpClientFactory</c> builds for <c>AddFloraClient</c>, as on the
    /// client's own: FLORA's API never redirects, and a followed 307 would send the body and Idempotency-Key elsewhere.
    /// </summary>
    internal static void RefuseRedirects(HttpMessageHandler handler, IServiceProvider services)
    {
        switch (handler)
        {
            case HttpClientHandler http:
                http.AllowAutoRedirect = false;
                break;
#if !NETSTANDARD2_0
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
#endif
        }
    }

    private static HttpClient CreateHttpClient() =>
#if NETSTANDARD2_0
        new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate })
#else
        new(new SocketsHttpHandler
        {
            // FLORA's API never redirects: a 3xx is an error, so no body or Idempotency-Key goes to a host BaseUrl did not name.
            AllowAutoRedirect = false,

            // Recycle connections so DNS changes are seen, as IHttpClientFactory would.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        })
#endif
        {
            // The send loop applies FloraClientOptions.Timeout per attempt.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
}
