using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Models;

/// <summary>Every asset response record converts to one <see cref="Asset"/> without losing a field, unknown fields included.</summary>
public class AssetTests
{
    private const string UploadState =
        """
        "asset_id":"asset_1","status":"pending_upload","visibility":"workspace","expires_at":"2026-12-03T11:00:00Z","failure_message":"f",
        "upload":{"url":"https://uploads.flora.test/u","method":"POST","content_type":"image/png","file_field":"file","form_fields":{"key":"k"}},
        "upload_url":"https://uploads.flora.test/old","url":"https://cdn.flora.test/a.png","workspace_id":"ws_1","later_field":{"x":1},
        "project_id":"prj_1","node_id":"node_1","name":"a.png","description":"d","upload_content_type":"image/png","size_bytes":10,"width":2,"height":3
        """;

    /// <summary>A body with every field each record models, plus one FLORA added later.</summary>
    public static TheoryData<string, string> Bodies => new()
    {
        { nameof(AssetCreateResponse), "{" + UploadState + ""","uploaded_via":"signed_url"}""" },
        { nameof(AssetCompleteResponse), "{" + UploadState + "}" },
        { nameof(AssetRetryResponse), "{" + UploadState + "}" },
        {
            nameof(AssetRetrieveResponse),
            """
            {"asset_id":"asset_1","status":"ready","url":"https://cdn.flora.test/a.png","workspace_id":"ws_1","name":"a.png","description":"d",
             "content_type":"image/png","upload_content_type":"image/png","uploaded_via":"direct","failure_message":"f","size_bytes":10,
             "width":2,"height":3,"created_at":"2026-12-03T10:00:00Z","later_field":{"x":1},"project_id":"prj_1","node_id":"node_1",
             "expires_at":"2026-12-03T11:00:00Z","upload":{"url":"https://uploads.flora.test/u","method":"POST","content_type":"image/png",
             "file_field":"file","form_fields":{"key":"k"}},"upload_url":"https://uploads.flora.test/old"}
            """
        },
        {
            nameof(AssetListResponse),
            """
            {"asset_id":"asset_1","status":"ready","url":"https://cdn.flora.test/a.png","workspace_id":"ws_1","name":"a.png","description":"d",
             "content_type":"image/png","upload_content_type":"image/png","uploaded_via":"direct","size_bytes":10,"width":2,"height":3,
             "created_at":1764756000000,"node_id":"node_1","project_id":"prj_1","later_field":{"x":1},"failure_message":"f",
             "expires_at":"2026-12-03T11:00:00Z","upload":{"url":"https://uploads.flora.test/u","method":"POST","content_type":"image/png",
             "file_field":"file","form_fields":{"key":"k"}},"upload_url":"https://uploads.flora.test/old"}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ToAsset_EveryPropertyOfTheRecord_ReachesTheAsset(string typeName, string json)
    {
        var type = typeof(Asset).Assembly.GetType("Flora.Sdk.Models." + typeName)!;
        var record = JsonSerializer.Deserialize(json, FloraJsonContext.Default.GetTypeInfo(type)!)!;
        var asset = (Asset)type.GetMethod(nameof(AssetRetrieveResponse.ToAsset))!.Invoke(record, null)!;

        foreach (var property in ModelProperties(type))
        {
            var value = property.GetValue(record);
            Assert.False(value is null || value is "" || Equals(value, default(AssetStatus)), $"the {typeName} body of this test lacks {property.Name}: add it, so the test covers it");
            var target = typeof(Asset).GetProperty(property.Name);
            Assert.True(target is not null, $"{typeName}.{property.Name} has no property on Asset");
            var expected = property.Name == nameof(AssetListResponse.CreatedAt) && value is long number
                ? DateTimeOffset.FromUnixTimeMilliseconds(number)
                : value;
            if (expected is IReadOnlyDictionary<string, JsonElement> fields)
            {
                Assert.Equal(fields.Keys, asset.AdditionalProperties.Keys);
                continue;
            }

            Assert.Equal(expected, target.GetValue(asset));
        }
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Deserialize_UnknownField_IsKeptAndDocumentedFieldsAreNot(string typeName, string json)
    {
        var type = typeof(Asset).Assembly.GetType("Flora.Sdk.Models." + typeName)!;
        var record = (FloraObject)JsonSerializer.Deserialize(json, FloraJsonContext.Default.GetTypeInfo(type)!)!;

        Assert.Equal(["later_field"], record.AdditionalProperties.Keys);
        Assert.Equal(1, record.AdditionalProperties["later_field"].GetProperty("x").GetInt32());
        Assert.Contains("\"later_field\":{\"x\":1}", JsonSerializer.Serialize(record, FloraJsonContext.Default.GetTypeInfo(type)!), StringComparison.Ordinal);
    }

    [Fact]
    public void AdditionalProperties_NothingUnknown_IsEmptyNotNull()
    {
        var retrieved = JsonSerializer.Deserialize("""{"asset_id":"a","status":"ready"}""", FloraJsonContext.Default.AssetRetrieveResponse)!;

        Assert.NotNull(retrieved.AdditionalProperties);
        Assert.Empty(retrieved.AdditionalProperties);
        Assert.Empty(new Asset().AdditionalProperties);
        Assert.Equal(string.Empty, new Asset().AssetId);
    }

    [Theory]
    [InlineData(1764756000L, "2025-12-03T10:00:00Z")]
    [InlineData(1764756000000L, "2025-12-03T10:00:00Z")]
    public void ToAsset_ListCreatedAtNumber_ReadsSecondsOrMilliseconds(long number, string expected)
    {
        var asset = new AssetListResponse { AssetId = "a", CreatedAt = number }.ToAsset();

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), asset.CreatedAt);
    }

    [Fact]
    public void ToAsset_DocumentedAlwaysPresentFieldMissing_IsNullNotEmpty()
    {
        var created = JsonSerializer.Deserialize("""{"asset_id":"a","status":"pending_upload"}""", FloraJsonContext.Default.AssetCreateResponse)!;

        var asset = created.ToAsset();

        Assert.Equal(string.Empty, created.Visibility);
        Assert.Null(asset.Visibility);
        Assert.Null(asset.Url);
        Assert.Null(asset.UploadedVia);
    }

    [Fact]
    public void With_LaterAnswer_WinsWhereItSpeaksAndBlanksNothing()
    {
        var created = new Asset
        {
            AssetId = "a",
            Status = AssetStatus.PendingUpload,
            Visibility = "workspace",
            Url = "https://cdn.flora.test/old",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["x"] = Json("1"), ["y"] = Json("1") },
        };
        var retrieved = new Asset
        {
            AssetId = "a",
            Status = AssetStatus.Ready,
            Url = "https://cdn.flora.test/new",
            Name = "a.png",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["y"] = Json("2") },
        };

        var merged = created.With(retrieved);

        Assert.Equal(AssetStatus.Ready, merged.Status);
        Assert.Equal("https://cdn.flora.test/new", merged.Url);
        Assert.Equal("workspace", merged.Visibility);
        Assert.Equal("a.png", merged.Name);
        Assert.Equal(1, merged.AdditionalProperties["x"].GetInt32());
        Assert.Equal(2, merged.AdditionalProperties["y"].GetInt32());
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static IEnumerable<PropertyInfo> ModelProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract");
}
