using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>FLORA's page shape, shared by every list route: <c>{"&lt;items&gt;": [...], "meta": {"next_cursor": ...}}</c>.</summary>
internal static class PageJson
{
    /// <summary>A 200 page of <paramref name="items"/>, each written by <paramref name="writeItem"/>.</summary>
    /// <param name="arrayName">The items' property, for example <c>assets</c>.</param>
    /// <param name="items">The page's items.</param>
    /// <param name="writeItem">Writes one item as a JSON object.</param>
    /// <param name="nextCursor">The next page's cursor; null on the last page.</param>
    /// <param name="totalEstimate">The <c>meta.total_estimate</c>, where the route sends one.</param>
    public static EmulatorResult Ok<T>(string arrayName, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem, string? nextCursor, long? totalEstimate = null) =>
        EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(arrayName);
            foreach (var item in items)
            {
                writeItem(w, item);
            }

            w.WriteEndArray();
            w.WriteStartObject("meta");
            w.WriteString("next_cursor", nextCursor);
            if (totalEstimate is { } total)
            {
                w.WriteNumber("total_estimate", total);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
}
