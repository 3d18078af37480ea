using Microsoft.Extensions.Configuration;

namespace Flora.Sdk.Samples.HostedService;

/// <summary>What to upload: the "Upload" configuration section.</summary>
internal sealed record UploadFolderSettings(string Folder, string WorkspaceId, string? FolderInFlora)
{
    public static UploadFolderSettings From(IConfiguration section, string contentRoot)
    {
        var folder = section["Folder"] ?? "sample-files";
        return new UploadFolderSettings(
            Path.GetFullPath(folder, contentRoot),
            section["WorkspaceId"] ?? throw new InvalidOperationException("Set Upload:WorkspaceId (a ws_ id)."),
            section["FolderInFlora"]);
    }
}
