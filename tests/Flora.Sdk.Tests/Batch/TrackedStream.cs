namespace Flora.Sdk.Tests.Batch;

/// <summary>A memory stream that says whether the batch disposed it.</summary>
internal sealed class TrackedStream(byte[] bytes) : MemoryStream(bytes)
{
    public bool Disposed { get; private set; }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
