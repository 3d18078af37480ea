using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The SDK's other upload path: a PUT of the raw bytes to <c>upload_url</c> when no <c>upload</c> block is given.</summary>
public sealed class PutUploadTests
{
    [Fact]
    public async Task UploadAsync_OnlyUploadUrlGiven_PutsTheRawBytesWithoutAuthorization()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { UploadMethod = EmulatorUploadMethod.Put });
        var bytes = TestData.RandomBytes(700_000);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, "clip.mp4"));

        Assert.Equal(AssetStatus.Ready, result.Status);
        var upload = Assert.Single(emulator.Requests, r => r.Route == EmulatorRoute.Upload);
        Assert.Equal("PUT", upload.Method);
        Assert.False(upload.HadAuthorization);
        Assert.Equal("video/mp4", upload.ContentType);
        var asset = emulator.GetAsset(result.AssetId)!;
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.Equal("video/mp4", asset.UploadContentType);
    }

    [Fact]
    public async Task CreateAsync_PutMode_GivesOnlyASignedUploadUrl()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { UploadMethod = EmulatorUploadMethod.Put });

        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        Assert.Null(created.Upload);
        Assert.Contains("signature=", created.UploadUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_PutReservationExpiredOnArrival_RenewsAndSucceeds()
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { UploadMethod = EmulatorUploadMethod.Put, TimeProvider = serverClock });
        emulator.Faults.Enqueue(EmulatorRoute.Upload, EmulatorFault.Callback(() => serverClock.Advance(TimeSpan.FromHours(2))));
        var bytes = TestData.RandomBytes(50_000);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator));

        Assert.Equal([403, 200], emulator.Requests.Where(r => r.Route == EmulatorRoute.Upload).Select(r => r.StatusCode));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retry));
        Assert.Equal(TestData.Sha256(bytes), emulator.GetAsset(result.AssetId)!.Sha256);
    }

    [Fact]
    public async Task UploadTarget_PutWithoutSignature_Answers403()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var http = new HttpClient();
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        var signed = created.UploadUrl!;
        var unsigned = signed[..signed.IndexOf('?', StringComparison.Ordinal)];

        using var refused = await http.PutAsync(unsigned, new ByteArrayContent([1, 2, 3]));
        using var accepted = await http.PutAsync(signed, new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(3, emulator.GetAsset(created.AssetId)!.UploadedBytes);
    }
}
