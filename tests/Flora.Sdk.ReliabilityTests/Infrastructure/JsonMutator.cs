using System.Text;
using System.Text.Json.Nodes;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>Seeded mutations of a JSON document: wrong types, missing fields, huge strings, deep nesting, truncation, invalid UTF-8, random bytes.</summary>
internal static class JsonMutator
{
    public const int Kinds = 11;

    private const string DeepMarker = "__deep_nesting_marker__";

    public static string Describe(int kind) => kind switch
    {
        0 => "wrong type",
        1 => "missing field",
        2 => "huge string",
        3 => "deep nesting",
        4 => "truncation",
        5 => "invalid UTF-8",
        6 => "random bytes",
        7 => "extreme number",
        8 => "null value",
        9 => "odd root",
        _ => "several mutations",
    };

    public static byte[] Mutate(string example, int kind, int seed)
    {
        var random = new Random(seed);
        var bytes = Encoding.UTF8.GetBytes(example.Trim());
        switch (kind)
        {
            case 0:
                return Structural(example, random, (slot, r) => slot.Set(RandomValue(r)));
            case 1:
                return Structural(example, random, (slot, _) => slot.Remove());
            case 2:
                return Structural(example, random, (slot, r) => slot.Set(JsonValue.Create(new string((char)r.Next('a', 'z' + 1), r.Next(1, 3) * 1024 * 1024))));
            case 3:
                {
                    var depth = random.Next(2) == 0 ? 10_000 : random.Next(17, 200);
                    var open = random.Next(2) == 0 ? "[" : "{\"a\":";
                    var close = open == "[" ? "]" : "}";
                    var text = Encoding.UTF8.GetString(Structural(example, random, (slot, _) => slot.Set(JsonValue.Create(DeepMarker))));
                    var nested = new StringBuilder().Insert(0, open, depth).Append('1').Insert(depth * open.Length + 1, close, depth).ToString();
                    return Encoding.UTF8.GetBytes(text.Replace("\"" + DeepMarker + "\"", nested, StringComparison.Ordinal));
                }

            case 4:
                return bytes[..random.Next(bytes.Length)];
            case 5:
                {
                    byte[][] bad = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xE2, 0x82], [0x80]];
                    var position = random.Next(bytes.Length);
                    var insert = bad[random.Next(bad.Length)];
                    return [.. bytes[..position], .. insert, .. bytes[position..]];
                }

            case 6:
                {
                    var noise = new byte[random.Next(0, 4096)];
                    random.NextBytes(noise);
                    return noise;
                }

            case 7:
                {
                    string[] numbers = ["1e400", "-1e400", "-1", "1.5", "9223372036854775808", "-9223372036854775809", "2147483648", "-0", "0.0000001", "1E+2", "123456789012345678901234567890"];
                    var text = Encoding.UTF8.GetString(Structural(example, random, (slot, _) => slot.Set(JsonValue.Create(DeepMarker))));
                    return Encoding.UTF8.GetBytes(text.Replace("\"" + DeepMarker + "\"", numbers[random.Next(numbers.Length)], StringComparison.Ordinal));
                }

            case 8:
                return Structural(example, random, (slot, _) => slot.Set(null));
            case 9:
                {
                    string[] roots = ["null", "[]", "\"asset\"", "42", "true", "", " ", "{}", "[{}]", "{\"assets\":null}", "{\"meta\":[]}", "\uFEFF{}"];
                    return Encoding.UTF8.GetBytes(roots[random.Next(roots.Length)]);
                }

            default:
                {
                    var text = example;
                    for (var i = 0; i < 3; i++)
                    {
                        text = Encoding.UTF8.GetString(Mutate(text, new[] { 0, 1, 7, 8 }[random.Next(4)], random.Next()));
                    }

                    return Encoding.UTF8.GetBytes(text);
                }
        }
    }

    private static byte[] Structural(string example, Random random, Action<Slot, Random> change)
    {
        var root = JsonNode.Parse(example)!;
        var slots = new List<Slot>();
        Collect(root, slots);
        if (slots.Count > 0)
        {
            change(slots[random.Next(slots.Count)], random);
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<Slot> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    slots.Add(new Slot(obj, key, -1));
                    if (value is not null)
                    {
                        Collect(value, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add(new Slot(array, null, i));
                    if (array[i] is { } item)
                    {
                        Collect(item, slots);
                    }
                }

                break;
        }
    }

    private static JsonNode? RandomValue(Random random) => random.Next(9) switch
    {
        0 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        1 => JsonValue.Create(random.NextDouble() * 1e20),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => null,
        4 => new JsonArray(JsonValue.Create("x"), JsonValue.Create(1)),
        5 => new JsonObject { ["nested"] = JsonValue.Create("x") },
        6 => JsonValue.Create("\u0000\u001f\ud83d\ude00 \"quoted\" \\ back"),
        7 => JsonValue.Create(string.Empty),
        _ => JsonValue.Create("not-a-date-or-status"),
    };

    /// <summary>A place in the document: a property of an object or an element of an array.</summary>
    internal sealed record Slot(JsonNode Parent, string? Key, int Index)
    {
        public void Set(JsonNode? value)
        {
            if (Parent is JsonObject obj)
            {
                obj[Key!] = value;
            }
            else
            {
                ((JsonArray)Parent)[Index] = value;
            }
        }

        public void Remove()
        {
            if (Parent is JsonObject obj)
            {
                obj.Remove(Key!);
            }
            else
            {
                ((JsonArray)Parent).RemoveAt(Index);
            }
        }
    }
}
