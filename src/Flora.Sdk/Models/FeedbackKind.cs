namespace Flora.Sdk.Models;

/// <summary>The kinds of <see cref="FeedbackRecordParams.Kind"/> FLORA documents; a kind FLORA adds later can be sent as its string.</summary>
public static class FeedbackKind
{
    /// <summary><c>feature_request</c>: something FLORA could do.</summary>
    public const string FeatureRequest = "feature_request";

    /// <summary><c>bug</c>: something FLORA did wrong.</summary>
    public const string Bug = "bug";

    /// <summary><c>technique_request</c>: a technique FLORA could offer.</summary>
    public const string TechniqueRequest = "technique_request";

    /// <summary><c>missing_capability</c>: a blocked API workflow, such as a source host that is not allowlisted for server-side fetch.</summary>
    public const string MissingCapability = "missing_capability";
}
