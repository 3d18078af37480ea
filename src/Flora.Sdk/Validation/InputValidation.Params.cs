using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    public static void CreateParams(AssetCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);

        // Callers pass nameof(parameters): with it the member names are constants, so a valid call builds no strings.
        const string Usual = "parameters";
        var usual = paramName == Usual;
        Source(parameters.Source, usual ? $"{Usual}.{nameof(AssetCreateParams.Source)}" : $"{paramName}.{nameof(AssetCreateParams.Source)}");
        WorkspaceId(parameters.WorkspaceId, usual ? $"{Usual}.{nameof(AssetCreateParams.WorkspaceId)}" : $"{paramName}.{nameof(AssetCreateParams.WorkspaceId)}");
        OptionalText(parameters.ContentType, usual ? $"{Usual}.{nameof(AssetCreateParams.ContentType)}" : $"{paramName}.{nameof(AssetCreateParams.ContentType)}");
        OptionalText(parameters.FileName, usual ? $"{Usual}.{nameof(AssetCreateParams.FileName)}" : $"{paramName}.{nameof(AssetCreateParams.FileName)}");
        OptionalText(parameters.Folder, usual ? $"{Usual}.{nameof(AssetCreateParams.Folder)}" : $"{paramName}.{nameof(AssetCreateParams.Folder)}");
        OptionalProjectId(parameters.ProjectId, $"{paramName}.{nameof(AssetCreateParams.ProjectId)}");
    }

    public static void ProjectListParams(ProjectListParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.ProjectListParams.WorkspaceId)}");
        Limit(parameters.Limit, $"{paramName}.{nameof(Models.ProjectListParams.Limit)}");
        Cursor(parameters.Cursor, $"{paramName}.{nameof(Models.ProjectListParams.Cursor)}");
    }

    public static void ListParams(AssetListParams? parameters, string paramName)
    {
        if (parameters is null)
        {
            return;
        }

        Limit(parameters.Limit, $"{paramName}.{nameof(AssetListParams.Limit)}");

        if (parameters.WorkspaceId is not null)
        {
            WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(AssetListParams.WorkspaceId)}");
        }

        if (parameters.ProjectId is not null)
        {
            ProjectId(parameters.ProjectId, $"{paramName}.{nameof(AssetListParams.ProjectId)}");
        }

        Cursor(parameters.Cursor, $"{paramName}.{nameof(AssetListParams.Cursor)}");
    }

    private static void Limit(int? limit, string paramName)
    {
        if (limit is { } value && (value < 1 || value > 100))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Limit must be between 1 and 100; leave it null for the server's default.");
        }
    }

    /// <summary>A cursor is opaque, sent back exactly as received; only an empty one is surely wrong.</summary>
    public static void Cursor(string? cursor, string paramName)
    {
        if (cursor is { Length: 0 })
        {
            throw new ArgumentException("Cursor is empty: pass null to start at the first page, or a next_cursor from an earlier page.", paramName);
        }
    }
}
