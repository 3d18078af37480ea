using System.Text.Json.Nodes;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>JSON compared as JSON: the same values, whatever the property order, whitespace and escapes.</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"JSON differs.{Environment.NewLine}Expected: {expected}{Environment.NewLine}Actual:   {actual}");
    }
}
