using System.Text.Json.Nodes;
using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire body of <c>POST /runs/action</c> for an action given by its slug, with its parameters as JSON.</summary>
internal sealed record ActionRunBody(string ActionId, IReadOnlyList<ActionInput> Inputs, string ProjectId, string WorkspaceId, JsonObject? Params);
