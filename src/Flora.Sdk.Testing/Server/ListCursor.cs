using System.Buffers.Binary;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Opaque list cursors: standard base64 (not base64url) of a marker and the sequence of the last asset returned, so
/// every cursor contains <c>+</c>, <c>/</c> and <c>=</c> and breaks any client that does not URL-encode it.
/// </summary>
internal static class ListCursor
{
    // 0xFB 0xFF 0xBF encodes as "+/+/"; 3 + 8 bytes leave one '=' of padding.
    private static readonly byte[] s_marker = [0xFB, 0xFF, 0xBF];

    /// <summary>The field error for a <c>cursor</c> that does not decode.</summary>
    public const string NotACursor = "cursor is not a cursor this API returned; pass next_cursor exactly as received (URL-encoded).";

    public static string Encode(long afterSequence)
    {
        Span<byte> bytes = stackalloc byte[11];
        s_marker.CopyTo(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes[3..], afterSequence);
        return Convert.ToBase64String(bytes);
    }

    public static bool TryDecode(string cursor, out long afterSequence)
    {
        afterSequence = 0;
        Span<byte> bytes = stackalloc byte[16];
        if (!Convert.TryFromBase64String(cursor, bytes, out var written) || written != 11 || !bytes[..3].SequenceEqual(s_marker))
        {
            return false;
        }

        afterSequence = BinaryPrimitives.ReadInt64BigEndian(bytes[3..11]);
        return afterSequence >= 0;
    }
}
