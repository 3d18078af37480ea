namespace Flora.Sdk.Uploads;

/// <summary>
/// The caller's stream, sent once per pass (an attempt, or a fresh reservation): each pass after the first rewinds it
/// to where it started, which needs a seekable stream.
/// </summary>
internal sealed class RewindableContent(Stream content)
{
    private readonly long? _origin = content.CanSeek ? content.Position : null;
    private int _passes;

    public Stream Stream => content;

    /// <summary>The bytes from the start position to the end, when the stream can tell.</summary>
    public long? Length => _origin is { } origin && content.CanSeek ? content.Length - origin : null;

    /// <summary>The bytes read since the start position, when the stream can tell.</summary>
    public long? Consumed => _origin is { } origin && content.CanSeek ? content.Position - origin : null;

    /// <summary>Readies the stream for the next pass.</summary>
    /// <exception cref="FloraException">A pass after the first, over a stream that cannot seek.</exception>
    public Stream Rewind()
    {
        if (_passes++ == 0)
        {
            return content;
        }

        if (_origin is not { } origin)
        {
            throw new FloraException(
                "The upload must be sent again (the first pass failed or its reservation was renewed), but the content stream cannot seek " +
                "back to its start. Pass a seekable stream (a FileStream or MemoryStream), or buffer the content first.");
        }

        content.Position = origin;
        return content;
    }
}
