using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// A workspace's library folders: create, delete (the folder and its items are gone) and add an item (an image fetched
/// from an allowlisted HTTPS URL, made an asset, or a text), in FLORA's TypeScript SDK 0.11.0 shapes.
/// </summary>
internal sealed class LibraryEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    private const string Folders = "/workspaces/{workspaceId}/library/folders";

    public void Map(EmulatorRoutes routes)
    {
        routes.Post(Folders, EmulatorRoute.CreateLibraryFolder, CreateAsync);
        routes.Delete(Folders + "/{folderId}", EmulatorRoute.DeleteLibraryFolder, Delete);
        routes.Post(Folders + "/{folderId}/items", EmulatorRoute.AddLibraryFolderItem, AddItemAsync);
    }

    public Task<EmulatorResult> CreateAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var workspaceId = context.Arg("workspaceId");
        CheckWorkspace(workspaceId, errors);
        var name = RequestJson.OptionalString(body, "name", errors);
        if (name is { Length: > 200 })
        {
            errors.Add(new("name", "name must be at most 200 characters."));
        }

        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The library folder was not created: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            var folder = state.Library.Create(workspaceId, string.IsNullOrWhiteSpace(name)
                ? "Clipped " + state.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : name);
            return EmulatorResult.Json(201, w =>
            {
                w.WriteStartObject();
                w.WriteString("folder_id", folder.FolderId);
                w.WriteString("name", folder.Name);
                w.WriteString("workspace_id", folder.WorkspaceId);
                w.WriteEndObject();
            });
        }
    });

    public EmulatorResult Delete(HttpContext context)
    {
        var workspaceId = context.Arg("workspaceId");
        var folderId = context.Arg("folderId");
        if (state.Library.Find(workspaceId, folderId) is not { } folder)
        {
            return FolderNotFound(workspaceId, folderId);
        }

        state.Library.Delete(folder);
        return EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("deleted", true);
            w.WriteString("folder_id", folderId);
            w.WriteString("workspace_id", workspaceId);
            w.WriteEndObject();
        });
    }

    public Task<EmulatorResult> AddItemAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var workspaceId = context.Arg("workspaceId");
        var folderId = context.Arg("folderId");
        var type = RequestJson.OptionalString(body, "type", errors) ?? "image";
        var source = RequestJson.OptionalString(body, "source", errors);
        var text = RequestJson.OptionalString(body, "text", errors);
        var description = RequestJson.OptionalString(body, "description", errors);
        Uri? url = null;
        if (type is not ("image" or "text"))
        {
            errors.Add(new("type", "type must be image or text."));
        }
        else if (type == "text" && string.IsNullOrEmpty(text))
        {
            errors.Add(new("text", "text is required when type is text."));
        }
        else if (type == "image" && (!Uri.TryCreate(source, UriKind.Absolute, out url) || url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(new("source", "source is required when type is image: a public HTTPS URL of the image."));
        }
        else if (url is not null && !state.Options.AllowlistedHosts.Contains(url.Host))
        {
            // FLORA fetches the bytes server-side and blocks private, loopback and metadata hosts; the emulator fetches nothing.
            errors.Add(new("source", $"The host '{url.Host}' is not one the emulator \"fetches\" from (its allowlisted hosts, e.g. media.flora.ai)."));
        }

        lock (state.Gate)
        {
            if (state.Library.Find(workspaceId, folderId) is not { } folder)
            {
                return FolderNotFound(workspaceId, folderId);
            }

            if (errors.Count > 0)
            {
                return EmulatorResult.Validation("The item was not saved: " + errors[0].Value, errors);
            }

            AssetRecord? asset = null;
            if (url is not null)
            {
                var name = Path.GetFileName(url.AbsolutePath);
                asset = state.Add(new AssetDraft(workspaceId, url.AbsoluteUri, AssetRecord.ViaUrl, name.Length == 0 ? null : name, null, null, null), _ => url.AbsoluteUri);
                state.StartProcessing(asset);
            }

            var item = new LibraryItem(LibraryFolders.NewId("saved_"), type, asset?.AssetId, asset?.Url, text, description);
            folder.Items.Add(item);
            return EmulatorResult.Json(201, w =>
            {
                w.WriteStartObject();
                w.WriteString("folder_id", folderId);
                w.WriteString("saved_node_id", item.SavedNodeId);
                w.WriteString("workspace_id", workspaceId);
                if (item.AssetId is not null)
                {
                    w.WriteString("asset_id", item.AssetId);
                    w.WriteString("url", item.Url);
                }

                w.WriteEndObject();
            });
        }
    });

    private static void CheckWorkspace(string workspaceId, List<KeyValuePair<string, string>> errors)
    {
        if (!CreateFields.IsId(workspaceId, "ws_"))
        {
            errors.Add(new("workspace_id", $"'{workspaceId}' is not a workspace id: it must start with ws_; take one from GET /workspaces."));
        }
    }

    private static EmulatorResult FolderNotFound(string workspaceId, string folderId) =>
        EmulatorResult.NotFound($"Library folder '{folderId}' was not found in workspace '{workspaceId}'.");
}
