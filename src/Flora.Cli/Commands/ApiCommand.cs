using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flora.Cli.Commands;

/// <summary>
/// <c>flora api &lt;METHOD&gt; &lt;path&gt; [--data &lt;json&gt; | --data @file]</c>, like <c>gh api</c>: any FLORA endpoint through
/// <c>FloraClient.SendAsync</c>, with the key, retries, idempotency key and typed errors of every other command.
/// </summary>
internal static class ApiCommand
{
    public static Command Create()
    {
        var method = new Argument<string>("method") { Description = "The HTTP method: GET, POST, PUT, PATCH or DELETE." };
        var path = new Argument<string>("path") { Description = "The path below the base URL, for example techniques/tech_abc123/runs (a query is allowed)." };
        var data = new Option<string?>("--data", "-d") { Description = "The JSON body, or @file to read it from a file (@- for stdin)." };
        var api = new Command("api", "Call any FLORA endpoint and print its JSON answer.") { method, path, data };
        api.SetClientAction(async (parse, client, output, ct) =>
        {
            var httpMethod = Method(parse.GetValue(method)!);
            var body = await BodyAsync(parse.GetValue(data), ct);
            var response = await client.SendAsync(httpMethod, parse.GetValue(path)!, body, cancellationToken: ct);
            Write(output, response.Value);
            return ExitCodes.Success;
        });
        return api;
    }

    private static HttpMethod Method(string text)
    {
        if (text.Length == 0 || !text.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{text}' is not an HTTP method: use GET, POST, PUT, PATCH or DELETE.");
        }

        return new HttpMethod(text.ToUpperInvariant());
    }

    private static async Task<JsonNode?> BodyAsync(string? data, CancellationToken cancellationToken)
    {
        if (data is null)
        {
            return null;
        }

        string text;
        if (data.StartsWith('@'))
        {
            var file = data[1..];
            try
            {
                text = file == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(file, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ArgumentException($"--data {data}: the file could not be read: {ex.Message}", ex);
            }
        }
        else
        {
            text = data;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"--data is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>JSON as is; JSON lines one per array item; a table of an object's fields or of an array's objects.</summary>
    private static void Write(CliOutput output, JsonNode? value)
    {
        switch (output.Format, value)
        {
            case (OutputFormat.Json, _):
                output.Stdout.WriteLine(value?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null");
                break;
            case (OutputFormat.Jsonl, JsonArray items):
                foreach (var item in items)
                {
                    output.Stdout.WriteLine(item?.ToJsonString() ?? "null");
                }

                break;
            case (OutputFormat.Jsonl, _):
                output.Stdout.WriteLine(value?.ToJsonString() ?? "null");
                break;
            case (_, JsonObject):
                output.Write(value);
                break;
            case (_, JsonArray items) when items.All(i => i is JsonObject):
                output.WriteList(items.ToList());
                break;
            case (_, null):
                output.Stdout.WriteLine("(no content)");
                break;
            default:
                output.Stdout.WriteLine(value.ToJsonString());
                break;
        }
    }
}
