using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The paging of the project and node lists: FLORA's own cursors there are offsets (its example decodes to
/// <c>{"offset":20}</c>), carried in the same opaque <see cref="ListCursor"/> form as the asset list's.
/// </summary>
internal readonly record struct OffsetPaging(int Limit, long Offset)
{
    /// <summary>Reads <c>limit</c> and <c>cursor</c>, adding a field error for each malformed one.</summary>
    public static OffsetPaging Read(IQueryCollection query, int defaultLimit, List<KeyValuePair<string, string>> errors)
    {
        var limit = QueryEndpoints.ReadLimit(query, defaultLimit, errors);
        var offset = 0L;
        if (QueryEndpoints.Single(query, "cursor") is { } cursor && !ListCursor.TryDecode(cursor, out offset))
        {
            errors.Add(new("cursor", ListCursor.NotACursor));
        }

        return new(limit, offset);
    }

    /// <summary>A 200 page of <paramref name="all"/> from <see cref="Offset"/>, with the next cursor unless it is the last.</summary>
    public EmulatorResult Page<T>(string arrayName, IReadOnlyList<T> all, Action<Utf8JsonWriter, T> writeItem)
    {
        var page = all.Skip((int)Math.Min(Offset, int.MaxValue)).Take(Limit).ToList();
        var next = Offset + page.Count;
        return PageJson.Ok(arrayName, page, writeItem, next < all.Count && page.Count > 0 ? ListCursor.Encode(next) : null);
    }
}
