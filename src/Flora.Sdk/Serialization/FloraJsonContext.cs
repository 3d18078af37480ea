using System.Text.Json;
using System.Text.Json.Serialization;
using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>
/// Every type that crosses the wire. All (de)serialization goes through this context, so the SDK needs no
/// reflection and stays trimming- and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(AssetCreateParams))]
[JsonSerializable(typeof(AssetCreateResponse))]
[JsonSerializable(typeof(AssetCompleteResponse))]
[JsonSerializable(typeof(AssetRetryResponse))]
[JsonSerializable(typeof(AssetRetrieveResponse))]
[JsonSerializable(typeof(AssetListResponse))]
[JsonSerializable(typeof(AssetListPage))]
[JsonSerializable(typeof(ProjectAssetAttachResponse))]
[JsonSerializable(typeof(Asset))]
[JsonSerializable(typeof(WorkspaceListResponse))]
[JsonSerializable(typeof(ProjectListPage))]
[JsonSerializable(typeof(ProjectListResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ProjectCreateParams))]
[JsonSerializable(typeof(ProjectCreateResponse))]
[JsonSerializable(typeof(ProjectRetrieveResponse))]
[JsonSerializable(typeof(ProjectListNodesPage))]
[JsonSerializable(typeof(ProjectListNodesResponse))]
[JsonSerializable(typeof(FeedbackRecordParams))]
[JsonSerializable(typeof(FeedbackRecordResponse))]
[JsonSerializable(typeof(AnyJsonBody))]
[JsonSerializable(typeof(Run))]
[JsonSerializable(typeof(RunStartResponse))]
[JsonSerializable(typeof(RunStartTechniqueParams))]
[JsonSerializable(typeof(ProjectCanvasRetrieveResponse))]
[JsonSerializable(typeof(ProjectCanvasUpdateParams))]
[JsonSerializable(typeof(CanvasNodeParams))]
[JsonSerializable(typeof(ProjectCanvasUpdateResponse))]
[JsonSerializable(typeof(WorkspaceProjectCreateParams))]
[JsonSerializable(typeof(ProjectGraphResponse))]
[JsonSerializable(typeof(ProjectRunNodesParams))]
[JsonSerializable(typeof(ProjectRunNodesResponse))]
[JsonSerializable(typeof(CanvasDefinitionResponse))]
[JsonSerializable(typeof(CanvasReplaceDefinitionParams))]
[JsonSerializable(typeof(CanvasApplyChangesetParams))]
[JsonSerializable(typeof(CanvasApplyChangesetResponse))]
[JsonSerializable(typeof(LibraryFolderCreateParams))]
[JsonSerializable(typeof(LibraryFolderCreateResponse))]
[JsonSerializable(typeof(LibraryFolderDeleteResponse))]
[JsonSerializable(typeof(LibraryFolderAddItemParams))]
[JsonSerializable(typeof(LibraryFolderAddItemResponse))]
internal sealed partial class FloraJsonContext : JsonSerializerContext;
