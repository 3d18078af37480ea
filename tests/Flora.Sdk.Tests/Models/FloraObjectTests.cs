using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Models;

/// <summary>Records compare by value, their unknown fields (<see cref="FloraObject.AdditionalProperties"/>) included.</summary>
public class FloraObjectTests
{
    private const string Retrieved = """{"asset_id":"asset_1","status":"ready","tags":["a","b"],"meta":{"x":1,"y":"z"}}""";

    [Fact]
    public void Equals_TwoAnswersWithTheSameUnknownFields_AreEqualWithEqualHashCodes()
    {
        var first = JsonSerializer.Deserialize(Retrieved, FloraJsonContext.Default.AssetRetrieveResponse)!;
        var second = JsonSerializer.Deserialize(Retrieved, FloraJsonContext.Default.AssetRetrieveResponse)!;

        Assert.NotEmpty(first.AdditionalProperties);
        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_ProjectsWithTheSameUnknownField_AreEqualWithEqualHashCodes()
    {
        const string Json = """{"project_id":"prj_1","name":"P","workspace_id":"ws_1","color":"red"}""";
        var first = JsonSerializer.Deserialize(Json, FloraJsonContext.Default.ProjectRetrieveResponse)!;
        var second = JsonSerializer.Deserialize(Json, FloraJsonContext.Default.ProjectRetrieveResponse)!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_SameUnknownFieldsWrittenDifferently_AreEqualWithEqualHashCodes()
    {
        var first = JsonSerializer.Deserialize(Retrieved, FloraJsonContext.Default.AssetRetrieveResponse)!;
        var second = JsonSerializer.Deserialize(
            """{ "meta" : { "y" : "\u007a", "x" : 1 }, "tags" : [ "a", "b" ], "status" : "ready", "asset_id" : "asset_1" }""",
            FloraJsonContext.Default.AssetRetrieveResponse)!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("""{"asset_id":"asset_1","status":"ready","tags":["a","c"],"meta":{"x":1,"y":"z"}}""")]
    [InlineData("""{"asset_id":"asset_1","status":"ready","tags":["a","b"],"meta":{"x":2,"y":"z"}}""")]
    [InlineData("""{"asset_id":"asset_1","status":"ready","tags":["a","b"],"meta":{"x":1,"y":"z","w":null}}""")]
    [InlineData("""{"asset_id":"asset_1","status":"ready","tags":["a","b"]}""")]
    [InlineData("""{"asset_id":"asset_1","status":"ready","tags":["a","b"],"meta":{"x":1,"y":"z"},"extra":true}""")]
    [InlineData("""{"asset_id":"asset_1","status":"ready","tags":"a,b","meta":{"x":1,"y":"z"}}""")]
    public void Equals_DifferentUnknownFields_AreNotEqual(string other)
    {
        var first = JsonSerializer.Deserialize(Retrieved, FloraJsonContext.Default.AssetRetrieveResponse)!;
        var second = JsonSerializer.Deserialize(other, FloraJsonContext.Default.AssetRetrieveResponse)!;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Equals_DifferentDocumentedField_IsStillNotEqual()
    {
        var first = JsonSerializer.Deserialize(Retrieved, FloraJsonContext.Default.AssetRetrieveResponse)!;

        Assert.NotEqual(first, first with { Name = "other" });
    }

    [Fact]
    public void Equals_SameFieldsOfAnotherRecordType_IsNotEqual()
    {
        const string Json = """{"project_id":"prj_1","name":"P","workspace_id":"ws_1"}""";
        ProjectObject created = JsonSerializer.Deserialize(Json, FloraJsonContext.Default.ProjectCreateResponse)!;
        ProjectObject retrieved = JsonSerializer.Deserialize(Json, FloraJsonContext.Default.ProjectRetrieveResponse)!;

        Assert.False(created.Equals(retrieved));
    }

    [Fact]
    public void Equals_NoUnknownFields_AreEqual()
    {
        Assert.Equal(new Workspace { WorkspaceId = "ws_1" }, new Workspace { WorkspaceId = "ws_1" });
        Assert.Equal(new Workspace { WorkspaceId = "ws_1" }.GetHashCode(), new Workspace { WorkspaceId = "ws_1" }.GetHashCode());
    }
}
