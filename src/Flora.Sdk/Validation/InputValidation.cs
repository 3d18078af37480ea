namespace Flora.Sdk.Validation;

/// <summary>
/// The input rules FLORA documents, checked before any request is sent, with messages that say what to do instead.
/// Every rule of the SDK is in this folder: ids here, sources, options and each call's parameters beside it.
/// </summary>
internal static partial class InputValidation
{
    public static void AssetId(string? assetId, string paramName) => Id(assetId, paramName, "asset id", "asset_abc123");

    public static void ProjectId(string? projectId, string paramName)
    {
        Id(projectId, paramName, "project id", "prj_abc123");
        RequirePrefix(projectId!, "prj_", paramName, "project id");
    }

    /// <summary>An optional project id: when set, a <c>prj_</c> id without whitespace.</summary>
    public static void OptionalProjectId(string? projectId, string paramName)
    {
        if (projectId is not null)
        {
            ProjectId(projectId, paramName);
        }
    }

    public static void WorkspaceId(string? workspaceId, string paramName)
    {
        if (workspaceId is null)
        {
            throw new ArgumentNullException(paramName, "A workspace id is required: pass the public id that starts with 'ws_' (list workspaces to find it).");
        }

        Id(workspaceId, paramName, "workspace id", "ws_abc123");
        RequirePrefix(workspaceId, "ws_", paramName, "workspace id");
    }

    private static void Id(string? id, string paramName, string what, string example)
    {
        if (id is null)
        {
            throw new ArgumentNullException(paramName, $"The {what} is required, for example '{example}'.");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The {what} is blank: pass the id the API returned, for example '{example}'.", paramName);
        }

        if (id is "." or "..")
        {
            throw new ArgumentException($"The {what} '{id}' is not an id: pass the id the API returned, for example '{example}'.", paramName);
        }

        if (id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"The {what} '{id.Trim()}' contains whitespace: ids never do; pass it exactly as the API returned it.", paramName);
        }
    }

    private static void RequirePrefix(string id, string prefix, string paramName, string what)
    {
        if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length)
        {
            throw new ArgumentException(
                $"The {what} '{id}' must start with '{prefix}': use the public API id (for example '{prefix}abc123'), not an internal or display id.",
                paramName);
        }
    }

    private static void OptionalText(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value is blank: leave it null to omit it.", paramName);
        }
    }
}
