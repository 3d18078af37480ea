using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Tests.Serialization;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests;

/// <summary>
/// Issue 28, "One API for 1.0": the rules of the public surface, checked over every public type by reflection so that
/// a type added tomorrow is held to them without anyone remembering. Each failure names the member and what to do.
/// </summary>
public class PublicSurfaceRulesTests
{
    private static readonly Assembly s_sdk = typeof(FloraClient).Assembly;

    private static IEnumerable<Type> PublicTypes => s_sdk.GetExportedTypes();

    // ---- a. AdditionalProperties compare by value ----

    [Fact]
    public void RecordsWithAdditionalProperties_AreEqualByValue_WhenDeserializedTwiceFromTheSameJson()
    {
        var checkedTypes = new List<string>();
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsAbstract && t.GetProperty(nameof(FloraObject.AdditionalProperties)) is not null))
        {
            if (FloraJsonContext.Default.GetTypeInfo(type) is not { } info)
            {
                continue;
            }

            // The round-trip sample carries the required fields; an unknown field is added beside them.
            var json = FloraJsonContextTests.Samples.TryGetValue(type, out var sample)
                ? JsonNode.Parse(JsonSerializer.Serialize(sample, info))!.AsObject()
                : [];
            json["zz_unknown"] = JsonNode.Parse("""{"a":[1,2]}""");
            var text = json.ToJsonString();
            var first = JsonSerializer.Deserialize(text, info);
            var second = JsonSerializer.Deserialize(text, info);
            checkedTypes.Add(type.Name);
            if (!Equals(first, second) || first!.GetHashCode() != second!.GetHashCode())
            {
                var unequal = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0 && !SameValue(p.GetValue(first), p.GetValue(second)))
                    .Select(p => p.Name);
                offenders.Add($"{type.Name}: two instances read from the same JSON with an unknown field are not Equal with equal hash codes "
                    + $"(unequal: {string.Join(", ", unequal)}); derive it from FloraObject (which compares AdditionalProperties by content) "
                    + "and give every collection it holds, itself or in a nested record, Equals and GetHashCode by content.");
            }
        }

        Assert.Contains(nameof(AssetRetrieveResponse), checkedTypes);
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    private static bool SameValue(object? left, object? right) =>
        left is IReadOnlyDictionary<string, JsonElement> unknownLeft && right is IReadOnlyDictionary<string, JsonElement> unknownRight
            ? JsonFields.Equal(unknownLeft, unknownRight)
            : Equals(left, right);

    // ---- b. times are DateTimeOffset ----

    /// <summary>
    /// Per-endpoint asset records that keep the wire's number, because FLORA's docs give that endpoint's time as a
    /// number and the record mirrors the endpoint; <see cref="Asset"/> is where every asset's time is a DateTimeOffset.
    /// </summary>
    private static readonly HashSet<(Type Type, string Member)> s_numericTimes =
    [
        // GET /assets documents created_at as a number (seeds: list response); Asset converts it.
        (typeof(AssetListResponse), nameof(AssetListResponse.CreatedAt)),
    ];

    [Fact]
    public void PublicTimes_AreDateTimeOffset_OutsideTheListedPerEndpointAssetRecords()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var isTime = property.Name.EndsWith("At", StringComparison.Ordinal) || property.Name == "LastModified";
                if (!isTime || property.PropertyType == typeof(DateTimeOffset) || property.PropertyType == typeof(DateTimeOffset?))
                {
                    continue;
                }

                if (!s_numericTimes.Contains((type, property.Name)))
                {
                    offenders.Add($"{type.Name}.{property.Name} is a time of type {(Nullable.GetUnderlyingType(property.PropertyType) is { } underlying ? underlying.Name + "?" : property.PropertyType.Name)}: make it DateTimeOffset? "
                        + "(read with LenientTimestampConverter), or, for a per-endpoint asset record whose endpoint documents a number, list it in s_numericTimes.");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
        Assert.All(s_numericTimes, entry => Assert.NotNull(entry.Type.GetProperty(entry.Member)));
    }

    // ---- c. every service call has a raw twin ----

    /// <summary>Client-side behaviours that send no single request, so no one response can be handed back raw.</summary>
    private static readonly Dictionary<string, string> s_noRawTwin = new()
    {
        ["UploadAsync"] = "an upload spans several requests (create, the bytes, complete) and may wait for ready",
        ["UploadFileAsync"] = "UploadAsync from a file: several requests",
        ["UploadFromUrlAsync"] = "a create followed by polls until ready",
        ["WaitForReadyAsync"] = "polls retrieve until ready or failed: many requests",
        ["WaitForCompletionAsync"] = "polls GET /runs/{id} until the run ends: many requests (each poll's raw answer is Runs.WithRawResponse.RetrieveAsync)",
        ["DownloadOutputsAsync"] = "one download per output, each from its own file host: many requests",
    };

    [Fact]
    public void ServiceCalls_ReturningATask_HaveARawTwinReturningFloraResponse()
    {
        var services = PublicTypes
            .Where(t => t.IsInterface && t.Name[0] == 'I' && t.Name.EndsWith("Service", StringComparison.Ordinal))
            .Select(t => (Service: t, Raw: t.GetProperty("WithRawResponse")?.PropertyType))
            .Where(s => s.Raw is { IsInterface: true } raw && raw.Name == s.Service.Name + "WithRawResponse")
            .ToList();
        var offenders = new List<string>();
        foreach (var (service, raw) in services)
        {
            foreach (var method in service.GetMethods().Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)))
            {
                var twins = raw!.GetMethods().Where(m => m.Name == method.Name).ToList();
                var hasTwin = twins.Any(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
                    && m.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } inner && inner.GetGenericTypeDefinition() == typeof(FloraResponse<>));
                if (!hasTwin && !s_noRawTwin.ContainsKey(method.Name))
                {
                    offenders.Add($"{service.Name}.{method.Name} has no raw twin: add {raw.Name}.{method.Name} returning Task<FloraResponse<...>>, "
                        + "or, if the call sends no single request, list it in s_noRawTwin with the reason.");
                }
            }
        }

        Assert.Contains(services, s => s.Service == typeof(IAssetService));
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
        var stale = s_noRawTwin.Keys.Where(name => !services.Any(s => s.Service.GetMethods().Any(m => m.Name == name)));
        Assert.Empty(stale);
    }

    // ---- d. exceptions are complete when constructed ----

    [Fact]
    public void PublicExceptions_HaveNoPublicSetters()
    {
        var offenders = PublicTypes
            .Where(t => typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(p => p.DeclaringType!.Assembly == s_sdk && p.SetMethod is { IsPublic: true })
                .Select(p => $"{p.DeclaringType!.Name}.{p.Name} has a public set or init: exceptions are complete when constructed; take the value in the constructor and make the property get-only."))
            .Distinct()
            .ToList();

        Assert.Contains(typeof(FloraApiException), PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)));
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    // ---- e. every *Params member reaches the wire or is client behaviour ----

    /// <summary>Members of *Params types that shape what the SDK does, and are never sent.</summary>
    private static readonly Dictionary<string, string> s_clientBehaviour = new()
    {
        ["UploadPath"] = "chooses how the bytes travel (signed URL or direct multipart)",
        ["AllowUnknownContentType"] = "lets a content type the SDK does not know through its own check",
        ["Progress"] = "reports bytes or items to the caller",
        ["WaitForReady"] = "makes the call poll until the asset is ready",
        ["ReadyTimeout"] = "bounds that wait",
        ["MaxConcurrency"] = "how many uploads of a batch run at once",
    };

    /// <summary>
    /// *Params types that are not JSON bodies, and the type that carries their members to the wire: a member counts as
    /// sent when the carrier has a same-named member that is sent.
    /// </summary>
    private static readonly Dictionary<Type, Type> s_carriedBy = new()
    {
        // UploadRequest.CreateParams: the signed create's JSON body; the direct upload sends the same fields as multipart form fields.
        [typeof(AssetUploadParams)] = typeof(AssetCreateParams),
        [typeof(AssetFileUploadParams)] = typeof(AssetCreateParams),
        [typeof(AssetUrlUploadParams)] = typeof(AssetCreateParams),

        // BatchUploader sends each item as one AssetUploadParams.
        [typeof(AssetBatchUploadParams)] = typeof(AssetUploadParams),
    };

    /// <summary>Query-string *Params types, each sent through its own page call; the test sends one and reads the query.</summary>
    private static readonly Dictionary<Type, Func<FloraClient, object, Task>> s_queryParams = new()
    {
        [typeof(AssetListParams)] = (client, p) => client.Assets.WithRawResponse.ListPageAsync((AssetListParams)p),
        [typeof(ProjectListParams)] = (client, p) => client.Projects.WithRawResponse.ListPageAsync((ProjectListParams)p),
        [typeof(ProjectListNodesParams)] = (client, p) => client.Projects.WithRawResponse.ListNodesPageAsync("prj_nodes", (ProjectListNodesParams)p),
        [typeof(TechniqueListParams)] = (client, p) => client.Techniques.WithRawResponse.ListPageAsync((TechniqueListParams)p),
        [typeof(TechniqueRunListParams)] = (client, p) => client.Techniques.Runs.WithRawResponse.ListPageAsync((TechniqueRunListParams)p),
        [typeof(GenerationListParams)] = (client, p) => client.Generations.WithRawResponse.ListPageAsync((GenerationListParams)p),
        [typeof(ModelListParams)] = (client, p) => client.Models.WithRawResponse.ListAsync((ModelListParams)p),
    };

    /// <summary>A recognisable value per member name that passes the SDK's validation, so the test can find it in the query.</summary>
    private static readonly Dictionary<string, object> s_markers = new()
    {
        ["WorkspaceId"] = "ws_mkWorkspace",
        ["ProjectId"] = "prj_mkProject",
        ["Query"] = "mkQuery",
        ["Cursor"] = "mkCursor",
        ["Limit"] = 37,
        ["Status"] = new RunStatus("mkStatus"),
    };

    [Fact]
    public void ParamsMembers_ReachTheWire_OrAreListedAsClientBehaviour()
    {
        var offenders = new List<string>();
        var paramsTypes = PublicTypes.Where(t => t.Name.EndsWith("Params", StringComparison.Ordinal) && !t.IsAbstract).ToList();
        foreach (var type in paramsTypes)
        {
            if (s_queryParams.ContainsKey(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!s_clientBehaviour.ContainsKey(property.Name) && !IsSent(type, property.Name))
                {
                    offenders.Add($"{type.Name}.{property.Name} never reaches the wire: send it (a JSON property of the body, or a query or form field), "
                        + "or, if it only shapes what the SDK does, list it in s_clientBehaviour with the reason.");
                }
            }
        }

        Assert.Contains(typeof(AssetCreateParams), paramsTypes);
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public async Task QueryParamsMembers_ReachTheQueryString_OrAreListedAsClientBehaviour()
    {
        var offenders = new List<string>();
        foreach (var (type, send) in s_queryParams)
        {
            var stub = new StubApi().OnAny(Reply.Json("{}"));
            var parameters = Activator.CreateInstance(type)!;
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !s_clientBehaviour.ContainsKey(p.Name)).ToList();
            var markers = new Dictionary<string, object>();
            foreach (var property in properties)
            {
                // A string nobody validates gets its own name; anything else needs a valid value in s_markers.
                var marker = s_markers.TryGetValue(property.Name, out var known) ? known : property.PropertyType == typeof(string) ? "mk" + property.Name : null;
                Assert.True(marker is not null, $"{type.Name}.{property.Name}: add a valid marker value for it to s_markers.");
                property.SetValue(parameters, marker);
                markers[property.Name] = marker!;
            }

            using var client = stub.Client();
            await send(client, parameters);
            var query = stub.Single().Uri.Query;
            offenders.AddRange(properties
                .Where(p => query.IndexOf("=" + Convert.ToString(markers[p.Name], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) < 0)
                .Select(p => $"{type.Name}.{p.Name} never reaches the query string ({query}): send it, or, if it only shapes what the SDK does, list it in s_clientBehaviour with the reason."));
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    private static bool IsSent(Type type, string member)
    {
        if (s_carriedBy.TryGetValue(type, out var carrier))
        {
            return carrier.GetProperty(member) is not null && (s_clientBehaviour.ContainsKey(member) || IsSent(carrier, member));
        }

        // By the JSON name, not JsonPropertyInfo.AttributeProvider: System.Text.Json 8's source generator leaves that null.
        return FloraJsonContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info
            && type.GetProperty(member) is { } clr
            && info.Properties.Any(p => p.Name == JsonName(clr, info.Options) && p.Get is not null);
    }

    private static string JsonName(PropertyInfo property, JsonSerializerOptions options) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? options.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name;
}
