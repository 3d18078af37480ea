using System.Globalization;
using System.Security.Cryptography;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// A project's canvas: its nodes and edges, the one model that the Mermaid canvas, the graph, the definition, changesets,
/// action nodes and placed assets all read and write. Guarded by <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class CanvasModel
{
    private long _shortSequence;

    public List<CanvasNode> Nodes { get; } = [];

    public List<CanvasEdge> Edges { get; } = [];

    /// <summary>The node answering to <paramref name="id"/>: its short id or its UUID.</summary>
    public CanvasNode? Find(string id) => Nodes.FirstOrDefault(n => n.ShortId == id || n.NodeId == id);

    public CanvasNode? ByNodeId(string nodeId) => Nodes.FirstOrDefault(n => n.NodeId == nodeId);

    public static string NewNodeId() => Guid.NewGuid().ToString();

    public static string NewEdgeId() => "edge_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    /// <summary>A short id no live node has: <c>n1</c>, <c>n2</c>… in creation order.</summary>
    public string NewShortId()
    {
        string id;
        do
        {
            id = "n" + (++_shortSequence).ToString(CultureInfo.InvariantCulture);
        }
        while (Find(id) is not null);
        return id;
    }

    /// <summary>Adds a node with a fresh short id (and <paramref name="nodeId"/>, or a fresh UUID), placed below the content when no position is given.</summary>
    public CanvasNode Add(string type, string? nodeId = null, (double X, double Y)? position = null)
    {
        var (x, y) = position ?? NextPosition();
        var node = new CanvasNode { NodeId = nodeId ?? NewNodeId(), ShortId = NewShortId(), Type = type, X = x, Y = y };
        Nodes.Add(node);
        return node;
    }

    /// <summary>Below the existing content, at the left edge: FLORA's automatic placement, deterministic.</summary>
    public (double X, double Y) NextPosition() => Nodes.Count == 0 ? (0, 0) : (0, Nodes.Max(n => n.Y) + 300);

    public bool HasEdge(string source, string target, string? slot) =>
        Edges.Any(e => e.Source == source && e.Target == target && (slot is null || e.TargetHandle == slot));

    public CanvasEdge Connect(string source, string target, string? slot)
    {
        var edge = new CanvasEdge { EdgeId = NewEdgeId(), Source = source, Target = target, TargetHandle = slot };
        Edges.Add(edge);
        return edge;
    }

    /// <summary>Removes the edges between the pair (only those landing in <paramref name="slot"/>, when given); answers how many.</summary>
    public int Disconnect(string source, string target, string? slot) =>
        Edges.RemoveAll(e => e.Source == source && e.Target == target && (slot is null || e.TargetHandle == slot));

    /// <summary>Removes a node, its edges and (for a group) its members, recursively; answers how many nodes went.</summary>
    public int Remove(CanvasNode node)
    {
        if (!Nodes.Remove(node))
        {
            return 0;
        }

        Edges.RemoveAll(e => e.Source == node.NodeId || e.Target == node.NodeId);
        var removed = 1;
        foreach (var member in Nodes.Where(n => n.ParentId == node.NodeId).ToList())
        {
            removed += Remove(member);
        }

        return removed;
    }

    /// <summary>Replaces every node and edge (a definition replace); the short ids of kept node UUIDs stay theirs.</summary>
    public void Replace(IReadOnlyList<CanvasNode> nodes, IReadOnlyList<CanvasEdge> edges)
    {
        Nodes.Clear();
        Nodes.AddRange(nodes);
        Edges.Clear();
        Edges.AddRange(edges);
    }

    /// <summary>The short id <paramref name="nodeId"/> had, or a fresh one (a definition replace keeps short ids stable).</summary>
    public string ShortIdFor(string nodeId) => ByNodeId(nodeId)?.ShortId ?? NewShortId();

    /// <summary>FLORA's canvas summary: nodes, edges, groups, nodes on no edge, and workflows (connected sets of edged nodes).</summary>
    public (int Nodes, int Edges, int Groups, int Isolated, int Workflows) Summary()
    {
        var edged = Edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        var groups = Nodes.Count(n => n.AgentType == "group");
        var isolated = Nodes.Count(n => n.AgentType != "group" && !edged.Contains(n.NodeId));
        return (Nodes.Count, Edges.Count, groups, isolated, Workflows(edged));
    }

    private int Workflows(HashSet<string> edged)
    {
        var root = edged.ToDictionary(n => n, n => n, StringComparer.Ordinal);
        string Find(string n) => root[n] == n ? n : root[n] = Find(root[n]);
        foreach (var edge in Edges)
        {
            root[Find(edge.Source)] = Find(edge.Target);
        }

        return edged.Select(Find).Distinct(StringComparer.Ordinal).Count();
    }
}
