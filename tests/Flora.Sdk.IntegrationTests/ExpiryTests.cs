using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Reservation expiry, driven by fake clocks on both sides, and the SDK's renewal through the retry endpoint.</summary>
public sealed class ExpiryTests
{
    [Fact]
    public async Task UploadAsync_ReservationExpiresDuringUpload_RenewsWithRetryAndSucceeds()
    {
        var start = DateTimeOffset.UtcNow;
        var serverClock = new FakeTimeProvider(start);
        var clientClock = new FakeTimeProvider(start);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = serverClock });
        var client = emulator.CreateClient(o =>
        {
            o.TimeProvider = clientClock;
            o.Timeout = Timeout.InfiniteTimeSpan; // so moving the client's clock does not fire its attempt timeouts
        });
        var bytes = TestData.RandomBytes(400_000);
        var advanced = false;
        var progress = new SyncProgress(_ =>
        {
            if (!advanced)
            {
                advanced = true;
                serverClock.Advance(TimeSpan.FromHours(2));
                clientClock.Advance(TimeSpan.FromHours(2));
            }
        });

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, progress: progress));

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retry));
        var uploads = emulator.Requests.Where(r => r.Route == EmulatorRoute.Upload).ToList();
        Assert.Equal([403, 200], uploads.Select(r => r.StatusCode));
        Assert.Equal("forbidden", uploads[0].ErrorCode);
        var asset = emulator.GetAsset(result.AssetId)!;
        Assert.Equal(2, asset.ReservationCount);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
    }

    [Fact]
    public async Task UploadAsync_ClientClockPastExpiry_RenewsBeforeUploading()
    {
        var start = DateTimeOffset.UtcNow;
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = new FakeTimeProvider(start) });
        var clientClock = new FakeTimeProvider(start);
        clientClock.Advance(TimeSpan.FromHours(3));
        var client = emulator.CreateClient(o => o.TimeProvider = clientClock);
        var bytes = TestData.RandomBytes(10_000);

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator));

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(
            [EmulatorRoute.Create, EmulatorRoute.Retry, EmulatorRoute.Upload, EmulatorRoute.Complete],
            emulator.Requests.Select(r => r.Route));
        Assert.Equal(TestData.Sha256(bytes), emulator.GetAsset(result.AssetId)!.Sha256);
    }

    [Fact]
    public async Task UploadAsync_ExpiredDuringUploadOfNonSeekableStream_ThrowsErrorAboutSeeking()
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = serverClock });
        var advanced = false;
        var progress = new SyncProgress(_ =>
        {
            if (!advanced)
            {
                advanced = true;
                serverClock.Advance(TimeSpan.FromHours(2));
            }
        });

        var error = await Assert.ThrowsAsync<FloraException>(() => emulator.Client.Assets.UploadAsync(
            new NonSeekableStream(new MemoryStream(TestData.RandomBytes(10_000))), TestData.UploadParams(emulator, progress: progress)));

        Assert.Contains("seek", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retry));
    }

    [Fact]
    public async Task UploadTarget_ExpiredReservation_Answers403()
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = serverClock, ReservationLifetime = TimeSpan.FromMinutes(10) });
        using var raw = new RawApi(emulator);
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        Assert.Equal(serverClock.GetUtcNow().AddMinutes(10), created.ExpiresAt!.Value, TimeSpan.FromSeconds(1));

        serverClock.Advance(TimeSpan.FromMinutes(10));
        using var response = await raw.PostFormAsync(created.Upload!.Url!, created.Upload.FormFields, [1, 2, 3]);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await RawApi.ErrorCodeAsync(response));
        Assert.Null(emulator.GetAsset(created.AssetId)!.UploadedBytes);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(16 * 1024 * 1024)]
    public async Task UploadAsync_ServerClockAlreadyPastExpiry_RefusedBeforeTheBodyIsReadThenRenewed(int size)
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = serverClock, ReservationLifetime = TimeSpan.FromMinutes(5) });
        var bytes = TestData.RandomBytes(size);

        // The client's clock says the reservation is fresh; the server's moves past its expiry just before the upload
        // arrives, so the target refuses it at once, before reading the body.
        emulator.Faults.Enqueue(EmulatorRoute.Upload, EmulatorFault.Callback(() => serverClock.Advance(TimeSpan.FromMinutes(10))));
        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator));

        var uploads = emulator.Requests.Where(r => r.Route == EmulatorRoute.Upload).ToList();
        Assert.Equal([403, 200], uploads.Select(r => r.StatusCode));
        Assert.Equal(EmulatorFaultKind.Callback, uploads[0].Fault);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(TestData.Sha256(bytes), emulator.GetAsset(result.AssetId)!.Sha256);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retry));
    }
}
