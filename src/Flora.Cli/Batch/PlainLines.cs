namespace Flora.Cli.Batch;

/// <summary>The plain display of a batch run: a heading, then one numbered safe line per item (or nothing, when <paramref name="lines"/> is null).</summary>
internal sealed class PlainLines(TextWriter? lines)
{
    private int _items;
    private int _done;

    public void Start(int items, string heading)
    {
        _items = items;
        lines?.WriteLine(heading);
    }

    /// <summary>Writes <c>[done/items] line</c>, flushed, so a log shows each item as it ends.</summary>
    public void Write(string line)
    {
        if (lines is null)
        {
            return;
        }

        lock (lines)
        {
            lines.WriteLine($"[{Interlocked.Increment(ref _done)}/{_items}] {TerminalText.Line(line)}");
            lines.Flush();
        }
    }
}

/// <summary>Byte counts for people.</summary>
internal static class Bytes
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} B",
    };
}
