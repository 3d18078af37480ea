using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Models;

/// <summary>
/// Project, workspace and feedback times read like the assets' times: a number is Unix seconds below 1e11, else
/// milliseconds; an ISO 8601 string is parsed; anything else reads as null and never fails the response.
/// </summary>
public sealed class LenientTimestampConverterTests
{
    private static readonly DateTimeOffset s_time = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Each time field, read from one response whose field holds <c>{0}</c> and is followed by another field.</summary>
    private static readonly Dictionary<string, Func<string, (object? Time, string After)>> s_fields = new()
    {
        ["ProjectCreateResponse.CreatedAt"] = v => Project(FloraJsonContext.Default.ProjectCreateResponse, "created_at", v, p => p.CreatedAt),
        ["ProjectCreateResponse.LastModified"] = v => Project(FloraJsonContext.Default.ProjectCreateResponse, "last_modified", v, p => p.LastModified),
        ["ProjectRetrieveResponse.CreatedAt"] = v => Project(FloraJsonContext.Default.ProjectRetrieveResponse, "created_at", v, p => p.CreatedAt),
        ["ProjectRetrieveResponse.LastModified"] = v => Project(FloraJsonContext.Default.ProjectRetrieveResponse, "last_modified", v, p => p.LastModified),
        ["ProjectListResponse.CreatedAt"] = v => Project(FloraJsonContext.Default.ProjectListResponse, "created_at", v, p => p.CreatedAt),
        ["ProjectListResponse.LastModified"] = v => Project(FloraJsonContext.Default.ProjectListResponse, "last_modified", v, p => p.LastModified),
        ["Workspace.CreatedAt"] = v =>
        {
            var list = JsonSerializer.Deserialize($$"""{"workspaces":[{"workspace_id":"ws_1","created_at":{{v}},"name":"after"}]}""", FloraJsonContext.Default.WorkspaceListResponse)!;
            return (list.Workspaces[0].CreatedAt, list.Workspaces[0].Name);
        },
        ["FeedbackRecordResponse.ReceivedAt"] = v =>
        {
            var feedback = JsonSerializer.Deserialize($$"""{"received_at":{{v}},"feedback_id":"after"}""", FloraJsonContext.Default.FeedbackRecordResponse)!;
            return (feedback.ReceivedAt, feedback.FeedbackId);
        },
    };

    /// <summary>The wire values, and the time each reads as (null: none).</summary>
    private static readonly Dictionary<string, (string Json, DateTimeOffset? Time)> s_values = new()
    {
        ["seconds"] = ("1764547200", s_time),
        ["milliseconds"] = ("1764547200000", s_time),
        ["milliseconds with a fraction"] = ("1764547200000.75", s_time),
        ["the last second below 1e11"] = ("99999999999", DateTimeOffset.FromUnixTimeSeconds(99_999_999_999)),
        ["1e11, read as milliseconds"] = ("100000000000", DateTimeOffset.FromUnixTimeMilliseconds(100_000_000_000)),
        ["ISO 8601 in UTC"] = ("\"2025-12-01T00:00:00Z\"", s_time),
        ["ISO 8601 with an offset"] = ("\"2025-12-01T01:00:00.000+01:00\"", s_time),
        ["null"] = ("null", null),
        ["a word"] = ("\"yesterday\"", null),
        ["an empty string"] = ("\"\"", null),
        ["a negative number"] = ("-5", null),
        ["a number past year 9999"] = ("253402300800000", null),
        ["a huge number"] = ("1e300", null),
        ["true"] = ("true", null),
        ["an object"] = ("""{"seconds":1764547200,"nested":[1,{"a":2}]}""", null),
        ["an array"] = ("[1764547200,[2]]", null),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var field in s_fields.Keys)
        {
            foreach (var value in s_values.Keys)
            {
                cases.Add(field, value);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_TimeField_IsTheTimeTheValueMeansOrNullAndTheNextFieldStillReads(string field, string value)
    {
        var (json, expected) = s_values[value];

        var (time, after) = s_fields[field](json);

        Assert.Equal(expected, time);
        Assert.Equal("after", after);
    }

    [Fact]
    public void Write_Times_AreIso8601StringsThatReadBackTheSame()
    {
        var project = new ProjectCreateResponse { ProjectId = "prj_1", CreatedAt = s_time.AddMilliseconds(117), LastModified = null };

        var json = JsonSerializer.Serialize(project, FloraJsonContext.Default.ProjectCreateResponse);

        Assert.Contains("\"created_at\":\"2025-12-01T00:00:00.117+00:00\"", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize(json, FloraJsonContext.Default.ProjectCreateResponse)!;
        Assert.Equal((project.CreatedAt, (DateTimeOffset?)null), (read.CreatedAt, read.LastModified));
    }

    private static (object? Time, string After) Project<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string name, string value, Func<T, object?> field)
        where T : ProjectObject
    {
        var project = JsonSerializer.Deserialize($$"""{"project_id":"prj_1","{{name}}":{{value}},"name":"after"}""", info)!;
        return (field(project), project.Name);
    }
}
