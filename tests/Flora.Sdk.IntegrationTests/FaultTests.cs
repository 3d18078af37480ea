using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The SDK's retries and idempotency keys against injected statuses, delays and dropped connections.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task RetrieveAsync_503WithRetryAfterThenSuccess_Retries()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var asset = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.ServiceUnavailable(TimeSpan.Zero));

        var retrieved = await emulator.Client.Assets.RetrieveAsync(asset.AssetId);

        Assert.Equal(asset.AssetId, retrieved.AssetId);
        var attempts = emulator.Requests.Where(r => r.Route == EmulatorRoute.Retrieve).ToList();
        Assert.Equal([503, 200], attempts.Select(r => r.StatusCode));
        Assert.Equal(EmulatorFaultKind.Status, attempts[0].Fault);
        Assert.Equal(1, emulator.Faults.InjectedCount);
        Assert.Equal(0, emulator.Faults.PendingCount(EmulatorRoute.Retrieve));
    }

    [Fact]
    public async Task ListAsync_429WithRetryAfterMs_Retries()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.List, EmulatorFault.RateLimited(TimeSpan.FromMilliseconds(20)), times: 2);

        var page = await emulator.Client.Assets.WithRawResponse.ListPageAsync();

        Assert.Empty(page.Value.Items);
        Assert.Equal(3, emulator.CountRequests(EmulatorRoute.List));
    }

    [Fact]
    public async Task RetrieveAsync_503MoreTimesThanRetries_ThrowsInternalServerErrorWithRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.ServiceUnavailable(TimeSpan.Zero), times: 3);

        var error = await Assert.ThrowsAsync<FloraInternalServerException>(() => emulator.Client.Assets.RetrieveAsync("asset_x"));

        Assert.Equal("service_unavailable", error.ErrorCode);
        Assert.Equal(emulator.Requests[^1].RequestId, error.RequestId);
        Assert.Equal(3, emulator.CountRequests(EmulatorRoute.Retrieve));
    }

    [Fact]
    public async Task CreateAsync_ConnectionDroppedBeforeHandling_RetriesAndCreatesOneAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnection());

        var asset = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        Assert.Equal(1, emulator.AssetCount);
        Assert.Equal(asset.AssetId, emulator.Assets.Single().AssetId);
        var creates = emulator.Requests.Where(r => r.Route == EmulatorRoute.Create).ToList();
        Assert.Equal(2, creates.Count);
        Assert.Null(creates[0].StatusCode);
        Assert.Equal(creates[0].IdempotencyKey, creates[1].IdempotencyKey);
    }

    [Fact]
    public async Task CreateAsync_ConnectionDroppedAfterServerActed_ExactlyOneAssetThanksToIdempotencyKey()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());

        var error = await Assert.ThrowsAsync<FloraConflictException>(
            () => emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId)));

        Assert.Equal("idempotency_duplicate", error.ErrorCode);
        Assert.Equal(1, emulator.AssetCount);
        var creates = emulator.Requests.Where(r => r.Route == EmulatorRoute.Create).ToList();
        Assert.Equal(2, creates.Count);
        Assert.NotNull(creates[0].IdempotencyKey);
        Assert.Equal(creates[0].IdempotencyKey, creates[1].IdempotencyKey);
        Assert.Equal([null, 409], creates.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task UploadAsync_CreateResponseLost_FindsItsReservationAndCompletesIt()
    {
        // FLORA's idempotency_duplicate answer carries no asset id: the SDK finds the reservation its lost create made
        // (LostCreateTests covers every path).
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());
        var bytes = TestData.RandomBytes(3);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator));

        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(asset.AssetId, result.AssetId);
        Assert.Equal("ready", asset.Status);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.Equal(2, emulator.CountRequests(EmulatorRoute.Create));
    }

    [Fact]
    public async Task UploadAsync_CompleteResponseLost_SucceedsThroughDuplicateAndRetrieve()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Complete, EmulatorFault.DropConnectionAfterHandling());
        var bytes = TestData.RandomBytes(50_000);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator));

        Assert.Equal(AssetStatus.Ready, result.Status);
        var completes = emulator.Requests.Where(r => r.Route == EmulatorRoute.Complete).ToList();
        Assert.Equal([null, 409], completes.Select(r => r.StatusCode));
        Assert.Equal("idempotency_duplicate", completes[1].ErrorCode);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retrieve));
        Assert.Equal(TestData.Sha256(bytes), emulator.GetAsset(result.AssetId)!.Sha256);
    }

    [Fact]
    public async Task UploadAsync_CallerIdempotencyKey_DerivesOneKeyPerStep()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        await emulator.Client.Assets.UploadAsync(new MemoryStream([1]), TestData.UploadParams(emulator), new RequestOptions { IdempotencyKey = "upload-42" });

        Assert.Equal(
            ["upload-42-create", "upload-42-complete"],
            emulator.Requests.Where(r => r.Route != EmulatorRoute.Upload).Select(r => r.IdempotencyKey));
    }

    [Theory]
    [InlineData(EmulatorFaultKind.DropBeforeHandling)]
    [InlineData(EmulatorFaultKind.DropAfterHandling)]
    [InlineData(EmulatorFaultKind.Status)]
    public async Task UploadAsync_UploadTargetFailsOnce_RetriesTheUploadAndSucceeds(EmulatorFaultKind kind)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Upload, kind switch
        {
            EmulatorFaultKind.DropBeforeHandling => EmulatorFault.DropConnection(),
            EmulatorFaultKind.DropAfterHandling => EmulatorFault.DropConnectionAfterHandling(),
            _ => EmulatorFault.InternalServerError(),
        });
        var bytes = TestData.RandomBytes(300_000);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator));

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(2, emulator.CountRequests(EmulatorRoute.Upload));
        Assert.Equal(TestData.Sha256(bytes), emulator.GetAsset(result.AssetId)!.Sha256);
        Assert.All(emulator.Requests.Where(r => r.Route == EmulatorRoute.Upload), r => Assert.False(r.HadAuthorization));
    }

    [Fact]
    public async Task RetrieveAsync_DelayLongerThanTimeout_ThrowsTimeout()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.CreateClient(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 0;
        });
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.Delayed(TimeSpan.FromSeconds(5)));

        await Assert.ThrowsAsync<FloraTimeoutException>(() => client.Assets.RetrieveAsync("asset_x"));

        Assert.Equal(1, emulator.Faults.GetInjectedCount(EmulatorFaultKind.Delay));
    }

    [Fact]
    public async Task RetrieveAsync_ShortDelay_AnswersNormally()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.Delayed(TimeSpan.FromMilliseconds(100)));

        await Assert.ThrowsAsync<FloraNotFoundException>(() => emulator.Client.Assets.RetrieveAsync("asset_x"));

        Assert.Equal(404, Assert.Single(emulator.Requests).StatusCode);
    }

    [Fact]
    public async Task UploadAsync_ChaosOnEveryStepButCreate_AllUploadsSucceedIntact()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.CreateClient(o => o.MaxRetries = 8);
        var chaos = new EmulatorChaosOptions { Seed = 42, Probability = 0.3 };

        // A lost create response cannot be recovered by UploadAsync (the duplicate answer carries no asset id), so
        // create only gets faults that leave nothing behind on the server.
        chaos.Routes.UnionWith([EmulatorRoute.Upload, EmulatorRoute.Complete, EmulatorRoute.Retrieve]);
        emulator.Faults.EnableChaos(chaos);
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnection());
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.ServiceUnavailable(TimeSpan.Zero));

        var payloads = Enumerable.Range(0, 15).Select(i => TestData.RandomBytes(20_000 + i)).ToList();
        foreach (var payload in payloads)
        {
            var result = await client.Assets.UploadAsync(new MemoryStream(payload), TestData.UploadParams(emulator, waitForReady: true));
            Assert.Equal(AssetStatus.Ready, result.Status);
            Assert.Equal(TestData.Sha256(payload), emulator.GetAsset(result.AssetId)!.Sha256);
        }

        Assert.Equal(15, emulator.AssetCount);
        Assert.True(emulator.Faults.ChaosInjectedCount > 0);
        Assert.Equal(emulator.Faults.ChaosInjectedCount + 2, emulator.Faults.InjectedCount);
        Assert.Equal(emulator.Faults.InjectedCount, emulator.Requests.Count(r => r.Fault is not null));
    }

    [Fact]
    public async Task Chaos_SameSeed_InjectsTheSameFaults()
    {
        static async Task<List<EmulatorFaultKind?>> RunAsync()
        {
            await using var emulator = await FloraEmulator.StartAsync();
            var client = emulator.CreateClient(o => o.MaxRetries = 0);
            var chaos = new EmulatorChaosOptions { Seed = 7, Probability = 0.5 };
            chaos.Faults.Clear();
            chaos.Faults.Add(EmulatorFault.Status(500));
            chaos.Faults.Add(EmulatorFault.Delayed(TimeSpan.FromMilliseconds(1)));
            emulator.Faults.EnableChaos(chaos);
            for (var i = 0; i < 20; i++)
            {
                try
                {
                    await client.Assets.RetrieveAsync("asset_x");
                }
                catch (FloraApiException)
                {
                }
            }

            return [.. emulator.Requests.Select(r => r.Fault)];
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(EmulatorFaultKind.Status, first);
        Assert.Contains(null, first);
    }
}
