namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>A run id: any id FLORA answered (technique runs, generations and action runs share them).</summary>
    public static void RunId(string? runId, string paramName) => Id(runId, paramName, "run id", "run_abc123");
}
