using System.Text;
using System.Text.RegularExpressions;

namespace Flora.Sdk.Testing.Server;

/// <summary>A node a Mermaid diagram mentions: declared with a label (a new node), or bare (an existing node's short id).</summary>
internal sealed record MermaidNode(string Id, string? Label, string AgentType, string? Prompt);

/// <summary>What a Mermaid flowchart says: its nodes in order of first mention, its edges, and what it could not apply.</summary>
internal sealed record MermaidDiagram(List<MermaidNode> Nodes, List<(string From, string To)> Edges, List<string> Warnings, string? Error);

/// <summary>
/// The Mermaid flowchart rendering of a canvas (<c>GET /projects/{id}/canvas</c>) and the reading of the flowcharts a
/// canvas update adds: <c>id["label (Image)"]</c> declarations, <c>a --&gt; b</c> edges (chains too), subgraphs ungrouped.
/// </summary>
internal static partial class CanvasMermaid
{
    private const int MaxLabel = 60;

    private static readonly string[] s_labelGroups = ["q1", "b1", "q2", "b2"];

    public static string Render(CanvasModel canvas)
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in canvas.Nodes)
        {
            var label = node.Text("label") ?? node.Text("prompt") ?? string.Empty;
            label = label.Length > MaxLabel ? label[..(MaxLabel - 1)] + "…" : label;
            var word = $"({CanvasTypes.MermaidWord(node.AgentType)})";
            text.Append("  ").Append(node.ShortId).Append("[\"")
                .Append((label.Length == 0 ? word : $"{label} {word}").Replace("\"", "#quot;", StringComparison.Ordinal))
                .Append("\"]\n");
        }

        foreach (var edge in canvas.Edges)
        {
            text.Append("  ").Append(canvas.ByNodeId(edge.Source)?.ShortId).Append(" --> ").Append(canvas.ByNodeId(edge.Target)?.ShortId).Append('\n');
        }

        return text.ToString();
    }

    public static MermaidDiagram Parse(string diagram)
    {
        var result = new MermaidDiagram([], [], [], null);
        var lines = diagram.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("%%", StringComparison.Ordinal)).ToList();
        if (lines.Count == 0 || !HeaderRegex().IsMatch(lines[0]))
        {
            return result with { Error = "diagram must be a Mermaid flowchart starting with 'graph LR' or 'flowchart TD' (any direction)." };
        }

        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("subgraph", StringComparison.Ordinal))
            {
                const string Warning = "Subgraph grouping is not applied: nodes inside a subgraph are added ungrouped.";
                if (!result.Warnings.Contains(Warning))
                {
                    result.Warnings.Add(Warning);
                }

                continue;
            }

            if (line == "end" || StyleRegex().IsMatch(line))
            {
                continue;
            }

            string? previous = null;
            foreach (var part in ArrowRegex().Split(line))
            {
                var match = NodeRegex().Match(part);
                if (!match.Success)
                {
                    return result with { Error = $"The diagram line '{line}' is not a node declaration or an edge this endpoint reads." };
                }

                var id = match.Groups["id"].Value;
                var label = s_labelGroups.Select(g => match.Groups[g]).FirstOrDefault(g => g.Success)?.Value;
                if (label is not null || result.Nodes.All(n => n.Id != id))
                {
                    result.Nodes.Add(Read(id, label?.Replace("#quot;", "\"", StringComparison.Ordinal)));
                }

                if (previous is not null)
                {
                    result.Edges.Add((previous, id));
                }

                previous = id;
            }
        }

        return result;
    }

    /// <summary>A label's trailing <c>(Image)</c> / <c>(Video)</c> / <c>(Text)</c> / <c>(Audio)</c> sets the node type; the rest is its prompt.</summary>
    private static MermaidNode Read(string id, string? label)
    {
        if (label is null)
        {
            return new MermaidNode(id, null, "text", null);
        }

        var typed = TypeRegex().Match(label);
        var type = typed.Success ? typed.Groups["type"].Value.ToLowerInvariant() : "text";
        var prompt = (typed.Success ? label[..typed.Index] : label).Trim();
        return new MermaidNode(id, label.Trim(), type, prompt.Length == 0 ? null : prompt);
    }

    [GeneratedRegex(@"^(graph|flowchart)(\s+(LR|RL|TD|TB|BT))?\s*$")]
    private static partial Regex HeaderRegex();

    [GeneratedRegex(@"^(classDef|class|style|linkStyle|click)\s")]
    private static partial Regex StyleRegex();

    [GeneratedRegex(@"\s*(?:-->|---|-\.->|==>)(?:\|[^|]*\|)?\s*")]
    private static partial Regex ArrowRegex();

    [GeneratedRegex(@"^(?<id>[A-Za-z0-9_]+)\s*(?:\[""(?<q1>[^""]*)""\]|\[(?<b1>[^\]""]*)\]|\(""(?<q2>[^""]*)""\)|\((?<b2>[^)""]*)\))?$")]
    private static partial Regex NodeRegex();

    [GeneratedRegex(@"\((?<type>image|video|text|audio)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeRegex();
}
