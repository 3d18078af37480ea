namespace Flora.Sdk.Testing.Server;

/// <summary>The create fields that JSON and multipart creates share, validated the same way for both.</summary>
internal sealed record CreateFields(string? WorkspaceId, string? ContentType, string? FileName, string? Folder, string? ProjectId)
{
    /// <summary>Adds a field error for each rule broken; <paramref name="fallbackName"/> is the name to infer a type from when no file name is given.</summary>
    public void Validate(List<KeyValuePair<string, string>> errors, string? fallbackName = null)
    {
        if (WorkspaceId is null)
        {
            if (!errors.Exists(e => e.Key == "workspace_id"))
            {
                errors.Add(new("workspace_id", "workspace_id is required and must start with ws_."));
            }
        }
        else if (!IsId(WorkspaceId, "ws_"))
        {
            errors.Add(new("workspace_id", "workspace_id must be a string that starts with ws_."));
        }

        if (ProjectId is not null && !IsId(ProjectId, "prj_"))
        {
            errors.Add(new("project_id", "project_id must start with prj_ and hold no whitespace; take it from GET /projects."));
        }

        AllowedContentTypes.Check(ResolvedContentType(fallbackName), errors);
    }

    /// <summary>The declared content type, else the one FLORA infers from the file name.</summary>
    public string? ResolvedContentType(string? fallbackName = null) =>
        ContentType ?? ContentTypeMap.FromFileName(FileName ?? fallbackName);

    public static bool IsId(string id, string prefix) =>
        id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length && !id.Any(char.IsWhiteSpace);
}
