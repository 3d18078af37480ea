using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Reads the <c>definition</c> of a canvas replace (<c>PUT …/canvas/definition</c>) into nodes and edges, checking all of
/// it first: node ids unique, types FLORA's, edges and parents naming nodes of the definition, <c>node_inputs</c> and
/// <c>node_outputs</c> keyed by them. Supplied positions are kept; omitted ones are laid out in a row below them.
/// </summary>
internal static class CanvasDefinitionReader
{
    private static readonly string[] s_extras = ["expand_parent", "extent", "height", "hidden", "origin", "style", "width", "z_index"];

    public static (List<CanvasNode> Nodes, List<CanvasEdge> Edges) Read(JsonElement body, CanvasModel canvas, List<KeyValuePair<string, string>> errors)
    {
        if (!body.TryGetProperty("definition", out var definition) || definition.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("definition", "definition is required: {nodes, edges, node_inputs, node_outputs}, as GET …/canvas/definition answers it."));
            return ([], []);
        }

        var nodes = new List<CanvasNode>();
        var relative = new Dictionary<CanvasNode, (double X, double Y)?>();
        foreach (var (item, field) in Items(definition, "nodes", errors))
        {
            var id = Text(item, "id", field, errors);
            var type = Text(item, "type", field, errors);
            if (type is not null && !CanvasTypes.DefinitionTypes.Contains(type))
            {
                errors.Add(new(field + ".type", $"'{type}' is not a FLORA canvas node type."));
            }

            if (!item.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(field + ".data", $"{field}.data is required and must be an object."));
            }

            if (id is null || type is null || errors.Count > 0)
            {
                continue;
            }

            if (nodes.Any(n => n.NodeId == id))
            {
                errors.Add(new(field + ".id", $"Node id '{id}' appears twice."));
                continue;
            }

            var node = new CanvasNode { NodeId = id, ShortId = canvas.ShortIdFor(id), Type = type, Data = (JsonObject)JsonNode.Parse(data.GetRawText())! };
            node.RunId = canvas.ByNodeId(id)?.RunId;
            node.ParentId = item.TryGetProperty("parent_id", out var parent) && parent.ValueKind == JsonValueKind.String ? parent.GetString() : null;
            foreach (var extra in s_extras.Where(e => item.TryGetProperty(e, out _)))
            {
                node.Extras[extra] = JsonNode.Parse(item.GetProperty(extra).GetRawText());
            }

            relative[node] = item.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("x", out var x) && x.ValueKind == JsonValueKind.Number && p.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number
                    ? (x.GetDouble(), y.GetDouble())
                    : null;
            nodes.Add(node);
        }

        var ids = nodes.Select(n => n.NodeId).ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.ParentId is not null && !ids.Contains(n.ParentId)))
        {
            errors.Add(new("definition.nodes", $"Node '{node.NodeId}' names parent_id '{node.ParentId}', which is not a node of the definition."));
        }

        var edges = ReadEdges(definition, ids, errors);
        ReadMap(definition, "node_inputs", ids, nodes, (n, o) => n.Inputs = o, errors);
        ReadMap(definition, "node_outputs", ids, nodes, (n, o) => n.Outputs = o, errors);
        Place(nodes, relative);
        return (nodes, edges);
    }

    private static List<CanvasEdge> ReadEdges(JsonElement definition, HashSet<string> ids, List<KeyValuePair<string, string>> errors)
    {
        var edges = new List<CanvasEdge>();
        foreach (var (item, field) in Items(definition, "edges", errors))
        {
            var id = Text(item, "id", field, errors);
            var source = Text(item, "source", field, errors);
            var target = Text(item, "target", field, errors);
            foreach (var end in new[] { source, target }.Where(e => e is not null && !ids.Contains(e)))
            {
                errors.Add(new(field, $"{field} names node '{end}', which is not a node of the definition."));
            }

            if (id is not null && source is not null && target is not null)
            {
                edges.Add(new CanvasEdge
                {
                    EdgeId = id,
                    Source = source,
                    Target = target,
                    SourceHandle = Handle(item, "source_handle"),
                    TargetHandle = Handle(item, "target_handle"),
                    Data = item.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? (JsonObject)JsonNode.Parse(data.GetRawText())! : null,
                    RendererType = item.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null,
                });
            }
        }

        return edges;
    }

    private static void ReadMap(JsonElement definition, string name, HashSet<string> ids, List<CanvasNode> nodes, Action<CanvasNode, JsonObject> set, List<KeyValuePair<string, string>> errors)
    {
        if (!definition.TryGetProperty(name, out var map) || map.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("definition." + name, $"definition.{name} is required: an object keyed by node id (empty when no node has any)."));
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (!ids.Contains(entry.Name) || entry.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new($"definition.{name}.{entry.Name}", $"definition.{name} must map node ids of the definition to objects; '{entry.Name}' is not one."));
                continue;
            }

            set(nodes.First(n => n.NodeId == entry.Name), (JsonObject)JsonNode.Parse(entry.Value.GetRawText())!);
        }
    }

    /// <summary>Positions become absolute (a member's is relative to its group); omitted ones go in a row below the rest.</summary>
    private static void Place(List<CanvasNode> nodes, Dictionary<CanvasNode, (double X, double Y)?> relative)
    {
        var below = relative.Values.Where(p => p is not null).Select(p => p!.Value.Y + 300).DefaultIfEmpty(0).Max();
        var row = 0;
        foreach (var node in nodes.Where(n => relative[n] is null))
        {
            relative[node] = node.ParentId is null ? (row++ * 320, below) : (0, 0);
        }

        (double X, double Y) Absolute(CanvasNode node, int depth)
        {
            var own = relative[node]!.Value;
            var parent = depth < 16 && node.ParentId is { } id ? nodes.FirstOrDefault(n => n.NodeId == id) : null;
            if (parent is null)
            {
                return own;
            }

            var origin = Absolute(parent, depth + 1);
            return (origin.X + own.X, origin.Y + own.Y);
        }

        foreach (var node in nodes)
        {
            (node.X, node.Y) = Absolute(node, 0);
        }
    }

    private static IEnumerable<(JsonElement Item, string Field)> Items(JsonElement definition, string name, List<KeyValuePair<string, string>> errors)
    {
        if (!definition.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("definition." + name, $"definition.{name} is required and must be an array."));
            return [];
        }

        return list.EnumerateArray().Select((item, i) => (item, $"definition.{name}[{i}]"));
    }

    private static string? Text(JsonElement item, string name, string field, List<KeyValuePair<string, string>> errors)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
        {
            return value.GetString();
        }

        errors.Add(new($"{field}.{name}", $"{field}.{name} is required and must be a non-empty string."));
        return null;
    }

    private static string? Handle(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
