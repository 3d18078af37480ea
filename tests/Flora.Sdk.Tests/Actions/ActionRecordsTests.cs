using System.Text.Json;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Actions;

/// <summary>The 40 per-action records against FLORA's SDK 0.11.0: one each, registered, and writing FLORA's keys.</summary>
public class ActionRecordsTests
{
    public static TheoryData<string> Records => [.. ActionSamples.WireKeys.Keys.Select(t => t.Name)];

    [Fact]
    public void ActionIds_All_AreTheFortySlugsOfFlorasSdkEachWithItsRecord()
    {
        Assert.Equal(40, ActionIds.All.Count);
        Assert.Equal(40, ActionIds.All.Distinct().Count());
        Assert.Equal(ActionIds.All.OrderBy(s => s, StringComparer.Ordinal), ActionSamples.WireKeys.Values.Select(v => v.Slug).OrderBy(s => s, StringComparer.Ordinal));
        var records = typeof(ActionRunParams).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(ActionRunParams))).ToList();
        Assert.Equal(40, records.Count);
        Assert.All(records, r => Assert.True(ActionSamples.WireKeys.ContainsKey(r), r.Name));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Record_FullySet_WritesItsSlugAndExactlyTheParamKeysOfFlorasSdk(string record)
    {
        var (type, (slug, keys)) = ActionSamples.WireKeys.Single(p => p.Key.Name == record);
        var sample = (ActionRunParams)ActionSamples.Models[type];

        var json = JsonNode.Parse(JsonSerializer.Serialize(sample, FloraJsonContext.Default.GetTypeInfo(type)!))!.AsObject();

        Assert.Equal(slug, sample.ActionId);
        Assert.Equal(["action_id", "inputs", "project_id", "workspace_id", "params"], json.Select(p => p.Key));
        Assert.Equal(slug, (string?)json["action_id"]);
        Assert.Equal(keys, json["params"]!.AsObject().Select(p => p.Key));
    }
}
