using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>A technique id or slug: FLORA takes both, so no <c>tech_</c> prefix is required.</summary>
    public static void TechniqueId(string? techniqueId, string paramName) => Id(techniqueId, paramName, "technique id", "tech_abc123");

    public static void TechniqueListParams(TechniqueListParams? parameters, string paramName)
    {
        if (parameters is null)
        {
            return;
        }

        OptionalWorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.TechniqueListParams.WorkspaceId)}");
        OptionalText(parameters.Query, $"{paramName}.{nameof(Models.TechniqueListParams.Query)}");
        Limit(parameters.Limit, $"{paramName}.{nameof(Models.TechniqueListParams.Limit)}");
        Cursor(parameters.Cursor, $"{paramName}.{nameof(Models.TechniqueListParams.Cursor)}");
    }

    public static void TechniqueRunListParams(TechniqueRunListParams? parameters, string paramName)
    {
        if (parameters is null)
        {
            return;
        }

        OptionalWorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.TechniqueRunListParams.WorkspaceId)}");
        OptionalProjectId(parameters.ProjectId, $"{paramName}.{nameof(Models.TechniqueRunListParams.ProjectId)}");
        if (parameters.TechniqueId is not null)
        {
            TechniqueId(parameters.TechniqueId, $"{paramName}.{nameof(Models.TechniqueRunListParams.TechniqueId)}");
        }

        Limit(parameters.Limit, $"{paramName}.{nameof(Models.TechniqueRunListParams.Limit)}");
        Cursor(parameters.Cursor, $"{paramName}.{nameof(Models.TechniqueRunListParams.Cursor)}");
    }

    public static void TechniqueRunCreateParams(TechniqueRunCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        var inputs = $"{paramName}.{nameof(Models.TechniqueRunCreateParams.Inputs)}";
        if (parameters.Inputs is null || parameters.Inputs.Count == 0)
        {
            throw new ArgumentException(
                "Inputs is empty: pass one input per technique input (see Technique.Inputs), for example TechniqueRunInput.FromAsset(\"image\", asset).", inputs);
        }

        foreach (var input in parameters.Inputs)
        {
            if (input is null)
            {
                throw new ArgumentException("Inputs holds a null input: make each with TechniqueRunInput.Text or TechniqueRunInput.FromAsset.", inputs);
            }

            RequiredText(input.Id, inputs, "An input's Id", "'image' (one of Technique.Inputs' ids)");
            RequiredText(input.Type, inputs, $"Input '{input.Id}''s Type", "'imageUrl', 'videoUrl' or 'text'");
            if (input.Value is null)
            {
                throw new ArgumentException($"Input '{input.Id}' has no Value: pass the text, or the media's https URL.", inputs);
            }
        }

        if (!string.Equals(parameters.Mode, "async", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Mode '{parameters.Mode}' is not supported: use \"async\" (the default), then wait for the run with client.Runs.WaitForCompletionAsync or a webhook.",
                $"{paramName}.{nameof(Models.TechniqueRunCreateParams.Mode)}");
        }

        CallbackUrl(parameters.CallbackUrl, $"{paramName}.{nameof(Models.TechniqueRunCreateParams.CallbackUrl)}");
    }

    public static void RunStartTechniqueParams(RunStartTechniqueParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        TechniqueId(parameters.TechniqueId, $"{paramName}.{nameof(Models.RunStartTechniqueParams.TechniqueId)}");
        WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(Models.RunStartTechniqueParams.WorkspaceId)}");
        var inputs = $"{paramName}.{nameof(Models.RunStartTechniqueParams.Inputs)}";
        if (parameters.Inputs is null || parameters.Inputs.Count == 0)
        {
            throw new ArgumentException("Inputs is empty: pass each technique input's value by its id (see Technique.Inputs), for example { [\"prompt\"] = \"a cat\" }.", inputs);
        }

        foreach (var name in parameters.Inputs.Keys)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("Inputs has a blank key: key each value by its technique input's id (see Technique.Inputs).", inputs);
            }
        }
    }

    /// <summary>
    /// A webhook URL: absolute https, so FLORA's signed deliveries travel encrypted; plain http only on a loopback host,
    /// which only a local emulator can reach.
    /// </summary>
    public static void CallbackUrl(Uri? callbackUrl, string paramName)
    {
        if (callbackUrl is null)
        {
            return;
        }

        if (!callbackUrl.IsAbsoluteUri
            || !(callbackUrl.Scheme == Uri.UriSchemeHttps || (callbackUrl.Scheme == Uri.UriSchemeHttp && callbackUrl.IsLoopback)))
        {
            throw new ArgumentException(
                $"CallbackUrl '{callbackUrl}' is not an absolute https URL: FLORA delivers webhooks only over https (plain http is allowed only for a loopback host, as a local emulator uses).",
                paramName);
        }
    }

    private static void OptionalWorkspaceId(string? workspaceId, string paramName)
    {
        if (workspaceId is not null)
        {
            WorkspaceId(workspaceId, paramName);
        }
    }
}
