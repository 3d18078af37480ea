using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Flora.Sdk.Testing;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// A non-seekable stream cannot be sent twice. When a second pass is needed (a transient failure of the upload, or a
/// renewed reservation), UploadAsync fails with a <see cref="FloraException"/> that says to pass a seekable stream,
/// and it never sends a second (partial or empty) upload.
/// </summary>
public sealed class NonSeekableUploadTests
{
    private static readonly byte[] s_pattern = "flora-bytes"u8.ToArray();

    [Fact]
    public async Task UploadAsync_NonSeekableStreamAfterTransientUploadFailure_FailsMentioningSeeking_NoSecondUpload()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Upload, EmulatorFault.ServiceUnavailable(TimeSpan.Zero));
        using var client = emulator.CreateClient(o => o.MaxRetries = 3);

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(
            new GeneratedStream(100_000, seekable: false, pattern: s_pattern), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.bin", AllowUnknownContentType = true }));

        Assert.Contains("seek", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Upload));
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Complete));
        var asset = Assert.Single(emulator.Assets);
        Assert.Null(asset.UploadedBytes);
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStreamAfterRejectedReservation_FailsMentioningSeeking_NoSecondUpload()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Upload, EmulatorFault.Status(403, "forbidden"));
        using var client = emulator.CreateClient();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(
            new GeneratedStream(50_000, seekable: false, pattern: s_pattern), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.bin", AllowUnknownContentType = true }));

        Assert.Contains("seek", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Upload));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retry));
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Complete));
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStreamWithoutFailures_UploadsOnce()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var client = emulator.CreateClient();

        var done = await client.Assets.UploadAsync(
            new GeneratedStream(300_000, seekable: false, pattern: s_pattern), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.bin", AllowUnknownContentType = true });

        Assert.Equal(AssetStatus.Ready, done.Status);
        Assert.Equal(300_000, emulator.GetAsset(done.AssetId)!.UploadedBytes);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Upload));
    }
}
