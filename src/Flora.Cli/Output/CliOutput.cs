using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Flora.Sdk;
using Spectre.Console;

namespace Flora.Cli;

/// <summary>Where and how a command writes: JSON documents, JSON lines or tables on stdout; errors as one line on stderr.</summary>
internal sealed class CliOutput(OutputFormat format, TextWriter stdout, TextWriter stderr)
{
    // The tool is not trimmed, so the SDK's models are written by reflection with the wire's snake_case names (the
    // SDK's own source-generated context is internal to it).
    private static readonly JsonSerializerOptions s_json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private static readonly JsonSerializerOptions s_indented = new(s_json) { WriteIndented = true };

    public OutputFormat Format => format;

    public TextWriter Stdout => stdout;

    public TextWriter Stderr => stderr;

    /// <summary>Whether a live display can be drawn: table output to a terminal.</summary>
    public bool IsInteractive => format == OutputFormat.Table && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static string ToJson<T>(T value, bool indented = false) => JsonSerializer.Serialize(value, indented ? s_indented : s_json);

    /// <summary>A value as a JSON object with the wire's names, for a command that adds a field of its own.</summary>
    public static System.Text.Json.Nodes.JsonObject ToNode<T>(T value) =>
        JsonSerializer.SerializeToNode(value, s_json) as System.Text.Json.Nodes.JsonObject ?? throw new ArgumentException("Not a JSON object.", nameof(value));

    /// <summary>
    /// The end of a run of many files in JSON: one indented document, or a line per file and a closing line with the
    /// totals. Returns false for the table format, which each run draws its own way.
    /// </summary>
    public bool WriteRunSummary<TSummary, TFile>(TSummary summary, IEnumerable<TFile> files, TSummary withoutFiles)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Stdout.WriteLine(ToJson(summary, indented: true));
                return true;
            case OutputFormat.Jsonl:
                foreach (var file in files)
                {
                    Stdout.WriteLine(ToJson(file));
                }

                Stdout.WriteLine(ToJson(withoutFiles));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes one value: indented JSON, one JSON line, or a two-column table of its fields.</summary>
    public void Write<T>(T value)
    {
        if (format == OutputFormat.Table)
        {
            WriteTable([value]);
            return;
        }

        stdout.WriteLine(ToJson(value, indented: format == OutputFormat.Json));
    }

    /// <summary>Writes a list: a JSON array, one line per item, or a table with one row per item.</summary>
    public void WriteList<T>(IReadOnlyList<T> items)
    {
        switch (format)
        {
            case OutputFormat.Json:
                stdout.WriteLine(ToJson(items, indented: true));
                break;
            case OutputFormat.Jsonl:
                foreach (var item in items)
                {
                    stdout.WriteLine(ToJson(item));
                }

                break;
            default:
                WriteTable(items);
                break;
        }
    }

    /// <summary>Writes every item of a paged list, up to <paramref name="maxItems"/>: JSON lines as they arrive, the other formats at the end.</summary>
    public async Task WriteAllAsync<T>(IAsyncEnumerable<T> items, int? maxItems, CancellationToken cancellationToken)
    {
        var max = maxItems ?? int.MaxValue;
        var count = 0;
        var collected = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (count >= max)
            {
                break;
            }

            count++;
            if (format == OutputFormat.Jsonl)
            {
                await stdout.WriteLineAsync(ToJson(item));
            }
            else
            {
                collected.Add(item);
            }
        }

        if (format != OutputFormat.Jsonl)
        {
            WriteList(collected);
        }
    }

    /// <summary>
    /// One line for a failure: status, code, message and request id for FLORA errors; never a key. The server's words are
    /// made safe for a terminal (<see cref="TerminalText.Line"/>).
    /// </summary>
    public static string ErrorLine(Exception exception) => TerminalText.Line(exception switch
    {
        FloraApiException api => $"error: {(int)api.StatusCode} {api.ErrorCode ?? "error"}: {api.ServerMessage ?? api.Message}" +
                                 (api.RequestId is { } id ? $" (request {id})" : string.Empty),
        _ => $"error: {exception.Message}",
    });

    public void Error(Exception exception) => stderr.WriteLine(ErrorLine(exception));

    private void WriteTable<T>(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            stdout.WriteLine("(none)");
            return;
        }

        var rows = items.Select(item => JsonSerializer.SerializeToElement(item, s_json)).ToList();
        var columns = rows.SelectMany(r => r.ValueKind == JsonValueKind.Object ? r.EnumerateObject().Select(p => p.Name) : []).Distinct().ToList();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        var table = new Table().Border(TableBorder.Rounded);
        if (rows.Count == 1)
        {
            table.AddColumn("field").AddColumn("value");
            foreach (var property in rows[0].EnumerateObject())
            {
                table.AddRow(Text(property.Name), Text(Cell(property.Value)));
            }
        }
        else
        {
            foreach (var column in columns)
            {
                table.AddColumn(Text(column));
            }

            foreach (var row in rows)
            {
                table.AddRow(columns.Select(c => Text(row.TryGetProperty(c, out var v) ? Cell(v) : string.Empty)).ToArray());
            }
        }

        console.Write(table);
    }

    // A field name or value of the server's, for a table cell: one safe line (Markup.Escape alone keeps control characters).
    private static string Text(string value) => TerminalText.Markup(value);

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };
}
