namespace Flora.Cli;

/// <summary>How results are written to stdout.</summary>
internal enum OutputFormat
{
    /// <summary>Tables and a live progress display, for people at a terminal.</summary>
    Table,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>One JSON object per line, as results arrive.</summary>
    Jsonl,
}
