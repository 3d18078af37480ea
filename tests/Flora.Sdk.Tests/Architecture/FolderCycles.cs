#if NET
namespace Flora.Sdk.Tests.Architecture;

/// <summary>
/// The cycles of a folder graph: its strongly connected components of more than one folder (Tarjan), each shown as
/// the shortest cycle through each of its folders, every hop with its example, then every edge inside it.
/// </summary>
internal static class FolderCycles
{
    /// <summary>The groups of folders that use each other, directly or through others: each is a cycle, of any length.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups(IReadOnlyList<string> folders, IReadOnlyDictionary<(string From, string To), string> edges)
    {
        var next = folders.ToDictionary(folder => folder, folder => edges.Keys.Where(edge => edge.From == folder).Select(edge => edge.To).Order(StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var lowLink = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var groups = new List<IReadOnlyList<string>>();

        void Visit(string folder)
        {
            index[folder] = lowLink[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var used in next[folder])
            {
                if (!index.TryGetValue(used, out var usedIndex))
                {
                    Visit(used);
                    lowLink[folder] = Math.Min(lowLink[folder], lowLink[used]);
                }
                else if (onStack.Contains(used))
                {
                    lowLink[folder] = Math.Min(lowLink[folder], usedIndex);
                }
            }

            if (lowLink[folder] == index[folder])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != folder);

                if (group.Count > 1)
                {
                    groups.Add(group.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var folder in folders.Where(folder => !index.ContainsKey(folder)))
        {
            Visit(folder);
        }

        return groups.OrderBy(group => group[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>A group as text: the shortest cycle through each of its folders, then every edge between its folders.</summary>
    public static string Describe(IReadOnlyList<string> group, IReadOnlyDictionary<(string From, string To), string> edges)
    {
        var inGroup = edges.Where(edge => group.Contains(edge.Key.From) && group.Contains(edge.Key.To))
            .OrderBy(edge => edge.Key.From, StringComparer.Ordinal).ThenBy(edge => edge.Key.To, StringComparer.Ordinal).ToList();
        var lines = new List<string> { $"Cycle among {group.Count} folders: {string.Join(", ", group.Select(Name))}" };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in group)
        {
            var cycle = ShortestCycle(start, inGroup.Select(edge => edge.Key).ToList());
            var rotation = Rotated(cycle);
            if (seen.Add(string.Join(" -> ", rotation)))
            {
                lines.Add($"  {string.Join(" -> ", rotation.Append(rotation[0]).Select(Name))}");
                lines.AddRange(rotation.Select((from, i) => $"      {Name(from)} -> {Name(rotation[(i + 1) % rotation.Count])}: {edges[(from, rotation[(i + 1) % rotation.Count])]}"));
            }
        }

        lines.Add("  every use inside it:");
        lines.AddRange(inGroup.Select(edge => $"      {Name(edge.Key.From)} -> {Name(edge.Key.To)}: {edge.Value}"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>How a folder is written in messages and in docs/ARCHITECTURE.md: "root", or its path with a slash.</summary>
    public static string Name(string folder) => folder.Length == 0 ? "root" : folder + "/";

    private static List<string> ShortestCycle(string start, IReadOnlyList<(string From, string To)> edges)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            foreach (var (_, to) in edges.Where(edge => edge.From == folder).OrderBy(edge => edge.To, StringComparer.Ordinal))
            {
                if (to == start)
                {
                    var path = new List<string> { folder };
                    while (path[^1] != start)
                    {
                        path.Add(cameFrom[path[^1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (cameFrom.TryAdd(to, folder))
                {
                    queue.Enqueue(to);
                }
            }
        }

        throw new InvalidOperationException($"{Name(start)} is in a cycle group but no cycle goes through it.");
    }

    private static List<string> Rotated(List<string> cycle)
    {
        var first = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
        return cycle.Skip(first).Concat(cycle.Take(first)).ToList();
    }
}
#endif
