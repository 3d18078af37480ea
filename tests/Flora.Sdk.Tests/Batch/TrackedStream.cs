namespace Flora.Sdk.Tests.Batch;

/// <summary>A memory stream that says whether the batch disposed it.</summary>
/// <param name="bytes">The content.</param>
/// <param name="slowToDispose">
/// Whether an async dispose ends only a while after it starts: an item's cleanup then outlasts the cancellation that
/// started it, so a batch that returned without waiting for its items would be seen to.
/// </param>
internal sealed class TrackedStream(byte[] bytes, bool slowToDispose = false) : MemoryStream(bytes)
{
    public bool Disposed { get; private set; }

    /// <summary>Whether an async dispose ends only a while after it starts (on .NET; .NET Framework streams have no async dispose).</summary>
    public bool SlowToDispose { get; } = slowToDispose;

#if NETCOREAPP
    public override async ValueTask DisposeAsync()
    {
        if (SlowToDispose)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
#endif

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
