using System.Reflection;
using System.Text.Json.Serialization;
using Flora.Sdk.Serialization;
using Flora.Sdk.Tests.Serialization;

namespace Flora.Sdk.Tests;

/// <summary>STYLE.md §6: reflection checks that keep the public surface consistent as it grows.</summary>
public class ConventionTests
{
    private static readonly Assembly s_sdk = typeof(FloraClient).Assembly;

    /// <summary>Models that never cross the wire as JSON: query parameters, SDK-only inputs, constants and the shared base.</summary>
    private static readonly HashSet<Type> s_notJsonModels =
    [
        typeof(Flora.Sdk.Models.AssetListParams),
        typeof(Flora.Sdk.Models.AssetDownloadParams),
        typeof(Flora.Sdk.Models.AssetUploadParams),
        typeof(Flora.Sdk.Models.AssetFileUploadParams),
        typeof(Flora.Sdk.Models.AssetSource),
        typeof(Flora.Sdk.Models.AssetFields),
        typeof(Flora.Sdk.Models.AssetUploadState),
        typeof(Flora.Sdk.Models.FloraObject),
        typeof(Flora.Sdk.Models.ProjectObject),
        typeof(Flora.Sdk.Models.AssetUploadParamsBase),

        // The batch upload's inputs, progress and results live in the caller's process; none goes over the wire.
        typeof(Flora.Sdk.Models.AssetBatchUploadParams),
        typeof(Flora.Sdk.Models.AssetBatchUploadProgress),
        typeof(Flora.Sdk.Models.AssetUploadItem),
        typeof(Flora.Sdk.Models.AssetUploadResult),
        typeof(Flora.Sdk.Models.AssetUploadPath),
        typeof(Flora.Sdk.Models.AssetContentTypes),
        typeof(Flora.Sdk.Models.AssetUrlUploadParams),
        typeof(Flora.Sdk.Models.ProjectListParams),
        typeof(Flora.Sdk.Models.ProjectListNodesParams),
        typeof(Flora.Sdk.Models.FeedbackKind),
        typeof(Flora.Sdk.Models.AssetWaitOptions),

        // Query strings and constants (#29): the list filters are sent as query fields, GenerationType is string constants.
        typeof(Flora.Sdk.Models.TechniqueListParams),
        typeof(Flora.Sdk.Models.TechniqueRunListParams),
        typeof(Flora.Sdk.Models.GenerationListParams),
        typeof(Flora.Sdk.Models.ModelListParams),
        typeof(Flora.Sdk.Models.GenerationType),
    ];

    private static IEnumerable<Type> PublicTypes => s_sdk.GetExportedTypes();

    private static IEnumerable<Type> WireModels =>
        PublicTypes.Where(t => t.Namespace == "Flora.Sdk.Models" && !s_notJsonModels.Contains(t));

    [Fact]
    public void PublicMethods_ReturningTask_EndInAsyncAndTakeATrailingCancellationToken()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var returnsTask = typeof(Task).IsAssignableFrom(method.ReturnType)
                    || method.ReturnType == typeof(ValueTask)
                    || (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>));
                if (!returnsTask && !method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    continue;
                }

                var parameters = method.GetParameters();
                if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    offenders.Add($"{type.Name}.{method.Name}: returns a task but is not named *Async");
                }

                if (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken) || !parameters[^1].HasDefaultValue)
                {
                    offenders.Add($"{type.Name}.{method.Name}: last parameter is not 'CancellationToken cancellationToken = default'");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void WireModels_AreAllRegisteredInFloraJsonContext()
    {
        var registered = typeof(FloraJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToHashSet();

        Assert.NotEmpty(WireModels);
        foreach (var model in WireModels)
        {
            Assert.True(FloraJsonContext.Default.GetTypeInfo(model) is not null, $"{model.Name} has no JsonTypeInfo in FloraJsonContext");
            if (model.Name.EndsWith("Params", StringComparison.Ordinal) || model.Name.EndsWith("Response", StringComparison.Ordinal))
            {
                Assert.True(registered.Contains(model), $"{model.Name} is a request/response body but has no [JsonSerializable] on FloraJsonContext");
            }
        }
    }

    [Fact]
    public void WireModels_EachHaveARoundTripSample()
    {
        var missing = WireModels.Where(m => !FloraJsonContextTests.Samples.ContainsKey(m)).Select(m => m.Name).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void PublicExceptions_AllDeriveFromFloraException()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.Contains(typeof(FloraTimeoutException), exceptions);
        Assert.All(exceptions, e => Assert.True(typeof(FloraException).IsAssignableFrom(e), $"{e.Name} does not derive from FloraException"));
        Assert.All(exceptions, e => Assert.StartsWith("Flora", e.Name));
    }

    [Fact]
    public void PublicTypes_LiveOnlyInTheDocumentedNamespaces()
    {
        var offenders = PublicTypes
            .Where(t => t.Namespace is not ("Flora.Sdk" or "Flora.Sdk.Models"))
            // API.md: the AddFloraClient extension methods live in Microsoft.Extensions.DependencyInjection by convention.
            .Where(t => !(t.Namespace == "Microsoft.Extensions.DependencyInjection" && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Extensions", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicModelRecords_AreSealedWithInitOnlyProperties()
    {
        var models = PublicTypes.Where(t => t.Namespace == "Flora.Sdk.Models" && t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is not null);

        foreach (var model in models)
        {
            Assert.True(model.IsSealed, $"{model.Name} is not sealed");
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                // By name: the netstandard2.0 build carries its own IsExternalInit (PolySharp), not the BCL's type.
                var isInit = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers()
                    .Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                Assert.True(isInit, $"{model.Name}.{property.Name} has a public setter instead of init");
            }
        }
    }

    [Theory]
    [InlineData(typeof(Flora.Sdk.Models.AssetUploadParamsBase))]
    [InlineData(typeof(Flora.Sdk.Models.AssetBatchUploadParams))]
    public void UploadParams_NameHowTheBytesTravelUploadPath_SoThatPathMeansOnlyAFile(Type parameters)
    {
        // A batch call takes items with a file Path and parameters with the way the bytes travel: one name, one meaning.
        Assert.Equal(typeof(Flora.Sdk.Models.AssetUploadPath), parameters.GetProperty("UploadPath")?.PropertyType);
        Assert.Null(parameters.GetProperty("Path"));
        Assert.Equal(typeof(string), typeof(Flora.Sdk.Models.AssetUploadItem).GetProperty("Path")?.PropertyType);
    }
}
