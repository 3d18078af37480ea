namespace Flora.Sdk.Tests.TestSupport;

/// <summary>The FLORA docs' example responses, copied verbatim into Fixtures/*.json.</summary>
internal static class Fixtures
{
    public const string Create = "asset-create.json";
    public const string CreateGuide = "asset-create-guide.json";
    public const string Complete = "asset-complete.json";
    public const string Retry = "asset-retry.json";
    public const string List = "asset-list.json";
    public const string Retrieve = "asset-retrieve.json";

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
