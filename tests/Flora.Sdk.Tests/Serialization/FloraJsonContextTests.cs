using System.Collections;
using System.Reflection;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Serialization;

/// <summary>Every wire model round-trips through the source-generated context with every field set.</summary>
public class FloraJsonContextTests
{
    private static readonly DateTimeOffset s_time = new(2019, 12, 27, 18, 11, 19, 117, TimeSpan.Zero);

    private static readonly Upload s_upload = new()
    {
        Url = "https://upload.test/bucket",
        Method = "POST",
        ContentType = "multipart/form-data",
        FileField = "file",
        FormFields = new Dictionary<string, string> { ["key"] = "uploads/a.png", ["policy"] = "cG9s" },
    };

    /// <summary>One fully populated sample per wire type.</summary>
    internal static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(AssetCreateParams)] = new AssetCreateParams
        {
            Source = AssetSource.SignedUrl,
            WorkspaceId = "ws_1",
            ContentType = "image/png",
            FileName = "a.png",
            Folder = "api-uploads",
            ProjectId = "prj_1",
        },
        [typeof(AssetCreateResponse)] = new AssetCreateResponse
        {
            AssetId = "asset_1",
            Status = AssetStatus.PendingUpload,
            Url = "https://cdn.test/a.png",
            Visibility = "workspace",
            WorkspaceId = "ws_1",
            ExpiresAt = s_time,
            FailureMessage = "none",
            Upload = s_upload,
            UploadUrl = "https://upload.test/put",
            UploadedVia = "signed_url",
            ProjectId = "prj_1",
            NodeId = "node_1",
            Name = "n",
            Description = "d",
            UploadContentType = "image/png",
            SizeBytes = 123,
            Width = 640,
            Height = 480,
        },
        [typeof(AssetCompleteResponse)] = new AssetCompleteResponse
        {
            AssetId = "asset_1",
            Status = AssetStatus.Ready,
            Url = "https://cdn.test/a.png",
            Visibility = "workspace",
            WorkspaceId = "ws_1",
            ExpiresAt = s_time,
            FailureMessage = "none",
            Upload = s_upload,
            UploadUrl = "https://upload.test/put",
            ProjectId = "prj_1",
            NodeId = "node_1",
            Name = "n",
            Description = "d",
            UploadContentType = "image/png",
            SizeBytes = 123,
            Width = 640,
            Height = 480,
        },
        [typeof(AssetRetryResponse)] = new AssetRetryResponse
        {
            AssetId = "asset_1",
            Status = AssetStatus.Failed,
            Url = "https://cdn.test/a.png",
            Visibility = "workspace",
            WorkspaceId = "ws_1",
            ExpiresAt = s_time,
            FailureMessage = "expired",
            Upload = s_upload,
            UploadUrl = "https://upload.test/put",
            ProjectId = "prj_1",
            NodeId = "node_1",
            Name = "n",
            Description = "d",
            UploadContentType = "image/png",
            SizeBytes = 123,
            Width = 640,
            Height = 480,
        },
        [typeof(AssetRetrieveResponse)] = new AssetRetrieveResponse
        {
            AssetId = "asset_1",
            ContentType = "image/png",
            CreatedAt = s_time,
            Description = "d",
            FailureMessage = "f",
            Height = 480,
            Name = "n",
            SizeBytes = 5_000_000_000,
            Status = new AssetStatus("processing"),
            UploadContentType = "image/png",
            UploadedVia = "signed_url",
            Url = "https://cdn.test/a.png",
            Width = 640,
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            NodeId = "node_1",
            ExpiresAt = s_time,
            Upload = s_upload,
            UploadUrl = "https://upload.test/put",
        },
        [typeof(AssetListResponse)] = new AssetListResponse
        {
            AssetId = "asset_1",
            ContentType = "image/png",
            CreatedAt = 1_735_689_600_000,
            Description = "d",
            Height = 480,
            Name = "n",
            SizeBytes = 123,
            Status = AssetStatus.Ready,
            UploadContentType = "image/png",
            UploadedVia = "url",
            Url = "https://cdn.test/a.png",
            Width = 640,
            WorkspaceId = "ws_1",
            NodeId = "node_1",
            ProjectId = "prj_1",
            FailureMessage = "f",
            ExpiresAt = s_time,
            Upload = s_upload,
            UploadUrl = "https://upload.test/put",
        },
        [typeof(Asset)] = new Asset
        {
            AssetId = "asset_1",
            Status = AssetStatus.Ready,
            Url = "https://cdn.flora.test/a.png",
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            NodeId = "node_1",
            Name = "a.png",
            Description = "d",
            ContentType = "image/png",
            UploadContentType = "image/png",
            UploadedVia = "direct",
            Visibility = "workspace",
            FailureMessage = "none",
            SizeBytes = 10,
            Width = 2,
            Height = 3,
            CreatedAt = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero),
            ExpiresAt = new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero),
            UploadUrl = "https://uploads.flora.test/u",
            Upload = new Upload { Url = "https://uploads.flora.test/u", Method = "POST", ContentType = "image/png", FileField = "file", FormFields = new Dictionary<string, string> { ["key"] = "k" } },
            AdditionalProperties = new Dictionary<string, JsonElement> { ["tags"] = JsonDocument.Parse("[\"x\"]").RootElement.Clone() },
        },
        [typeof(ProjectAssetAttachResponse)] = new ProjectAssetAttachResponse
        {
            AssetId = "asset_1",
            ProjectId = "prj_1",
            NodeId = "node_1",
            CanvasUrl = "https://app.flora.test/projects/prj_1?node=node_1",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["attached_at"] = JsonDocument.Parse("\"2020-01-01\"").RootElement.Clone() },
        },
        [typeof(Upload)] = s_upload,
        [typeof(AssetStatus)] = new AssetStatus("processing"),
        [typeof(AssetListPage)] = new AssetListPage
        {
            Assets = [new AssetListResponse { AssetId = "asset_1", Status = AssetStatus.Ready }],
            Meta = new AssetListPageMeta { NextCursor = "c+/=", TotalEstimate = 42 },
        },
        [typeof(AssetListPageMeta)] = new AssetListPageMeta { NextCursor = "c+/=", TotalEstimate = 42 },
        [typeof(Workspace)] = new Workspace { WorkspaceId = "ws_1", Name = "Studio", Role = "owner", CreatedAt = s_time },
        [typeof(WorkspaceListResponse)] = new WorkspaceListResponse { Workspaces = [new Workspace { WorkspaceId = "ws_1", Name = "Studio", Role = "owner" }] },
        [typeof(ProjectListResponse)] = new ProjectListResponse
        {
            ProjectId = "prj_1",
            Name = "Spring campaign",
            WorkspaceId = "ws_1",
            Origin = "api",
            CreatedAt = s_time,
            LastModified = s_time.AddHours(1),
        },
        [typeof(ProjectListPage)] = new ProjectListPage
        {
            Projects = [new ProjectListResponse { ProjectId = "prj_1", Name = "Spring campaign", WorkspaceId = "ws_1" }],
            Meta = new AssetListPageMeta { NextCursor = "c2", TotalEstimate = 3 },
        },
        [typeof(ProjectCreateParams)] = new ProjectCreateParams { Name = "Spring campaign", WorkspaceId = "ws_1" },
        [typeof(ProjectCreateResponse)] = new ProjectCreateResponse
        {
            ProjectId = "prj_1",
            Name = "Spring campaign",
            WorkspaceId = "ws_1",
            Origin = "api",
            CreatedAt = s_time,
            LastModified = s_time.AddHours(1),
            AdditionalProperties = new Dictionary<string, JsonElement> { ["color"] = JsonDocument.Parse("\"green\"").RootElement.Clone() },
        },
        [typeof(ProjectRetrieveResponse)] = new ProjectRetrieveResponse
        {
            ProjectId = "prj_1",
            Name = "Spring campaign",
            WorkspaceId = "ws_1",
            Origin = "api",
            CreatedAt = s_time,
            LastModified = s_time.AddHours(1),
        },
        [typeof(ProjectListNodesResponse)] = new ProjectListNodesResponse
        {
            NodeId = "node_1",
            Type = "image",
            AssetId = "asset_1",
            Url = "https://cdn.test/a.png",
            Label = "a.png",
            Width = 640,
            Height = 480,
        },
        [typeof(FeedbackRecordParams)] = new FeedbackRecordParams
        {
            Kind = FeedbackKind.MissingCapability,
            Summary = "s",
            Detail = "d",
            AttemptedTools = ["assets.create"],
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            RunId = "run_1",
        },
        [typeof(FeedbackRecordResponse)] = new FeedbackRecordResponse { FeedbackId = "fb_1", ReceivedAt = s_time },
        [typeof(TechniqueField)] = new TechniqueField
        {
            Id = "image",
            Name = "Image",
            Type = "imageUrl",
            Optional = true,
            AllowMultiple = false,
            AcceptsElement = true,
            Description = "d",
            SpecifiedAspectRatio = "16:9",
            SpecifiedDuration = 5.5,
        },
        [typeof(TechniqueRunInput)] = TechniqueRunInput.Text("prompt", "a red fox"),
        [typeof(TechniqueRunCreateParams)] = new TechniqueRunCreateParams
        {
            Inputs = [TechniqueRunInput.Text("prompt", "a red fox")],
            CallbackUrl = new Uri("https://hooks.example.com/flora"),
        },
        [typeof(GenerationCreateParams)] = new GenerationCreateParams
        {
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            Prompt = "a red fox",
            Type = GenerationType.Image,
            Model = "flux-pro",
            Params = new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["seed"] = 7 },
            CallbackUrl = new Uri("https://hooks.example.com/g"),
        },
    };

    public static TheoryData<string> SampleTypes => [.. Samples.Keys.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void RoundTrip_FullyPopulatedModel_SurvivesSerializeAndDeserialize(string typeName)
    {
        var (type, sample) = Samples.Single(s => s.Key.FullName == typeName);
        var info = FloraJsonContext.Default.GetTypeInfo(type);
        Assert.NotNull(info);

        var json = JsonSerializer.Serialize(sample, info);
        var back = JsonSerializer.Deserialize(json, info);

        Assert.NotNull(back);
        Assert.Equal(json, JsonSerializer.Serialize(back, info));
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var expected = property.GetValue(sample);
            var actual = property.GetValue(back);
            Assert.False(expected is null, $"the sample sets {type.Name}.{property.Name}");
            if (expected is IEnumerable and not string || property.PropertyType == typeof(Upload))
            {
                continue; // compared through the JSON above
            }

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Serialize_Models_UseSnakeCaseAndOmitNulls()
    {
        var json = JsonSerializer.Serialize(
            new AssetCompleteResponse { AssetId = "asset_1", Status = AssetStatus.Ready, Visibility = "workspace", Upload = new Upload { Url = "https://u.test", FileField = "file" } },
            FloraJsonContext.Default.AssetCompleteResponse);

        // Url and WorkspaceId (nullable on complete) are left out; Upload's documented strings are never null, so they are written.
        Assert.Equal(
            """{"asset_id":"asset_1","status":"ready","visibility":"workspace","upload":{"url":"https://u.test","method":"","content_type":"","file_field":"file","form_fields":{}}}""",
            json);
    }

    [Fact]
    public void Deserialize_UploadInGuideCamelCase_FillsTheSameProperties()
    {
        var upload = JsonSerializer.Deserialize(
            """{"url":"https://...","formFields":{"a":"1"},"fileField":"upload","contentType":"multipart/form-data"}""",
            FloraJsonContext.Default.AssetCreateResponse.Properties.Single(p => p.Name == "upload").PropertyType == typeof(Upload)
                ? (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Upload>)FloraJsonContext.Default.GetTypeInfo(typeof(Upload))!
                : throw new InvalidOperationException());

        Assert.NotNull(upload);
        Assert.Equal("1", upload.FormFields["a"]);
        Assert.Equal("upload", upload.FileField);
        Assert.Equal("multipart/form-data", upload.ContentType);
    }

    [Theory]
    [InlineData("""{"asset_id":"a","status":"ready"}""")]
    [InlineData("""{"asset_id":null,"status":"ready","url":null,"workspace_id":null,"visibility":null,"uploaded_via":null,"upload":{"url":null,"method":null,"content_type":null,"file_field":null,"form_fields":null}}""")]
    [InlineData("""{"asset_id":"a","status":"ready","upload":{}}""")]
    public void Deserialize_DocumentedNonNullStringsMissingOrNull_ReadAsEmptyNeverNull(string json)
    {
        var created = JsonSerializer.Deserialize(json, FloraJsonContext.Default.AssetCreateResponse)!;

        Assert.Equal(string.Empty, created.Url);
        Assert.Equal(string.Empty, created.WorkspaceId);
        Assert.Equal(string.Empty, created.Visibility);
        Assert.Equal(string.Empty, created.UploadedVia);
        Assert.NotNull(created.AssetId);
        if (created.Upload is { } upload)
        {
            Assert.Equal(string.Empty, upload.Url);
            Assert.Equal(string.Empty, upload.Method);
            Assert.Equal(string.Empty, upload.ContentType);
            Assert.Equal(string.Empty, upload.FileField);
            Assert.Empty(upload.FormFields);
        }

        var completed = JsonSerializer.Deserialize(json, FloraJsonContext.Default.AssetCompleteResponse)!;
        Assert.Null(completed.Url);
        Assert.Null(completed.WorkspaceId);
        Assert.Equal(string.Empty, completed.Visibility);
    }

#if NETCOREAPP // NullabilityInfoContext is .NET-only; the net10.0 runs read the same metadata of the netstandard2.0 build.
    [Theory]
    [InlineData(typeof(AssetCreateResponse), "Url", false)]
    [InlineData(typeof(AssetCreateResponse), "WorkspaceId", false)]
    [InlineData(typeof(AssetCreateResponse), "Visibility", false)]
    [InlineData(typeof(AssetCreateResponse), "UploadedVia", false)]
    [InlineData(typeof(Upload), "Url", false)]
    [InlineData(typeof(Upload), "Method", false)]
    [InlineData(typeof(Upload), "ContentType", false)]
    [InlineData(typeof(Upload), "FileField", false)]
    [InlineData(typeof(Upload), "FormFields", false)]
    [InlineData(typeof(AssetCompleteResponse), "Url", true)]
    [InlineData(typeof(AssetCompleteResponse), "WorkspaceId", true)]
    [InlineData(typeof(AssetRetryResponse), "Url", true)]
    [InlineData(typeof(AssetRetryResponse), "WorkspaceId", true)]
    [InlineData(typeof(ProjectAssetAttachResponse), "AssetId", false)]
    [InlineData(typeof(ProjectAssetAttachResponse), "ProjectId", false)]
    [InlineData(typeof(ProjectAssetAttachResponse), "NodeId", false)]
    [InlineData(typeof(ProjectAssetAttachResponse), "CanvasUrl", false)]
    public void Models_DocumentedNullability_IsDeclared(Type model, string property, bool nullable)
    {
        var info = new NullabilityInfoContext().Create(model.GetProperty(property)!);

        Assert.Equal(nullable ? NullabilityState.Nullable : NullabilityState.NotNull, info.ReadState);
    }
#endif

    [Fact]
    public void AttachResponse_HasFlorasFourFieldsAndNoStatus()
    {
        var names = typeof(ProjectAssetAttachResponse).GetProperties().Select(p => p.Name).Where(n => n != nameof(FloraObject.AdditionalProperties)).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(["AssetId", "CanvasUrl", "NodeId", "ProjectId"], names);
    }

    [Fact]
    public void Deserialize_AttachResponseUnknownFields_KeepsThemAsAdditionalProperties()
    {
        var attach = JsonSerializer.Deserialize(
            """{"asset_id":"a","node_id":"node_9","canvas_url":"https://app.flora.test/c","layer":"top","position":{"x":1}}""", FloraJsonContext.Default.ProjectAssetAttachResponse);

        Assert.NotNull(attach?.AdditionalProperties);
        Assert.Equal("node_9", attach.NodeId);
        Assert.Equal("https://app.flora.test/c", attach.CanvasUrl);
        Assert.False(attach.AdditionalProperties.ContainsKey("node_id"));
        Assert.Equal("top", attach.AdditionalProperties["layer"].GetString());
        Assert.Equal(1, attach.AdditionalProperties["position"].GetProperty("x").GetInt32());
    }

    [Fact]
    public void Deserialize_UnknownStatus_IsKeptVerbatim()
    {
        var asset = JsonSerializer.Deserialize("""{"asset_id":"a","status":"processing"}""", FloraJsonContext.Default.AssetRetrieveResponse);

        Assert.Equal("processing", asset!.Status.ToString());
        Assert.Equal(new AssetStatus("processing"), asset.Status);
    }

    [Fact]
    public void Deserialize_NullStatus_IsDefaultOrNullNeverAnException()
    {
        var retrieved = JsonSerializer.Deserialize("""{"asset_id":"a","status":null}""", FloraJsonContext.Default.AssetRetrieveResponse);

        Assert.Equal(default, retrieved!.Status);
    }
}
