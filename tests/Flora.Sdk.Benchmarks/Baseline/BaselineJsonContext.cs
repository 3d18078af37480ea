using System.Text.Json.Serialization;

namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>Source-generated System.Text.Json metadata (snake_case) for the baseline and Refit clients.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineRetrieveResponse))]
[JsonSerializable(typeof(BaselineRun))]
[JsonSerializable(typeof(BaselineCreateParams))]
[JsonSerializable(typeof(BaselineCreateResponse))]
[JsonSerializable(typeof(BaselineListPage))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
