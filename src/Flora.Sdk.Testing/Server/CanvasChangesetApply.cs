using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>What a changeset did: the counts of <c>applied</c>, each add's ref with its node, and the warnings.</summary>
internal sealed record ChangesetOutcome(int Added, int Updated, int Connected, int Disconnected, int Removed, List<(string Ref, CanvasNode Node)> Created, List<string> Warnings);

/// <summary>
/// Applies a checked <see cref="CanvasChangeset"/> in FLORA's order: add (groups before their members), update, connect,
/// disconnect, remove. Only called when the changeset has no errors, so it never stops half way.
/// </summary>
internal static class CanvasChangesetApply
{
    private static readonly string[] s_texts = ["label", "prompt"];

    public static ChangesetOutcome Apply(CanvasChangeset changeset)
    {
        var canvas = changeset.Canvas;
        var warnings = new List<string>();
        var created = new List<(string Ref, CanvasNode Node)>();
        var byRef = new Dictionary<string, CanvasNode>(StringComparer.Ordinal);
        var adds = changeset.Ops("add").OrderBy(op => CanvasNodes.Text(op, "type") == "group" ? 0 : 1).ToList();
        var row = 0;
        foreach (var op in adds)
        {
            var type = CanvasNodes.Text(op, "type")!;
            var content = CanvasNodes.Text(op, "content_url");
            var position = Position(op) ?? (row++ * 320, canvas.NextPosition().Y);
            var node = canvas.Add(CanvasTypes.DefinitionType(type, content is not null), position: position);
            if (CanvasNodes.Text(op, "label") is { } label)
            {
                node.Data["label"] = label;
            }

            CanvasNodes.Configure(node, op, null);
            if (CanvasNodes.Text(op, "group") is { } group)
            {
                node.ParentId = (byRef.GetValueOrDefault(group) ?? canvas.Find(group))!.NodeId;
            }

            byRef[CanvasNodes.Text(op, "ref")!] = node;
            created.Add((CanvasNodes.Text(op, "ref")!, node));
        }

        var updated = 0;
        foreach (var op in changeset.Ops("update"))
        {
            if (Update(canvas.Find(CanvasNodes.Text(op, "id")!)!, op))
            {
                updated++;
            }
            else
            {
                warnings.Add($"update of '{CanvasNodes.Text(op, "id")}' matches the node's current state; nothing changed.");
            }
        }

        CanvasNode Resolve(string id) => byRef.GetValueOrDefault(id) ?? canvas.Find(id)!;
        var connected = 0;
        foreach (var op in changeset.Ops("connect"))
        {
            var (from, to, slot) = (Resolve(CanvasNodes.Text(op, "from")!), Resolve(CanvasNodes.Text(op, "to")!), CanvasNodes.Text(op, "in"));
            if (canvas.HasEdge(from.NodeId, to.NodeId, null))
            {
                warnings.Add($"connect {from.ShortId} -> {to.ShortId}: the pair is connected already; the canvas carries one edge per pair.");
                continue;
            }

            canvas.Connect(from.NodeId, to.NodeId, slot);
            connected++;
        }

        var disconnected = 0;
        foreach (var op in changeset.Ops("disconnect"))
        {
            var (from, to) = (Resolve(CanvasNodes.Text(op, "from")!), Resolve(CanvasNodes.Text(op, "to")!));
            var gone = canvas.Disconnect(from.NodeId, to.NodeId, CanvasNodes.Text(op, "in"));
            if (gone == 0)
            {
                warnings.Add($"disconnect {from.ShortId} -> {to.ShortId}: no such edge.");
            }

            disconnected += gone;
        }

        var removed = 0;
        foreach (var op in changeset.Ops("remove"))
        {
            if (canvas.Find(CanvasNodes.Text(op, "id")!) is { } node)
            {
                removed += canvas.Remove(node);
            }
            else
            {
                warnings.Add($"remove of '{CanvasNodes.Text(op, "id")}': the node went already with its group.");
            }
        }

        return new ChangesetOutcome(created.Count, updated, connected, disconnected, removed, created, warnings);
    }

    private static bool Update(CanvasNode node, JsonElement op)
    {
        var before = node.Data.ToJsonString() + node.X + "," + node.Y;
        foreach (var name in s_texts)
        {
            if (CanvasNodes.Text(op, name) is { } value)
            {
                node.Data[name] = value;
            }
        }

        if (CanvasNodes.Text(op, "model") is { } model)
        {
            CanvasNodes.SetModel(node, model);
        }

        if (op.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
        {
            CanvasNodes.MergeParams(node, parameters);
        }

        if (Position(op) is { } position)
        {
            (node.X, node.Y) = position;
        }

        return before != node.Data.ToJsonString() + node.X + "," + node.Y;
    }

    private static (double X, double Y)? Position(JsonElement op) =>
        op.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object ? (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble()) : null;
}
