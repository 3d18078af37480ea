using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// <c>CompleteAsync</c> whose first answer was lost: its retry (same <c>Idempotency-Key</c>) is refused as
/// <c>idempotency_duplicate</c>, and the SDK reads the asset's state instead of reporting a completed upload as a failure.
/// </summary>
public sealed class CompleteAfterLostResponseTests
{
    [Fact]
    public async Task CompleteAsync_ResponseLostAfterServerCompleted_ReturnsTheAssetsState()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var assetId = await ReserveWithBytesAsync(emulator);
        emulator.Faults.Enqueue(EmulatorRoute.Complete, EmulatorFault.DropConnectionAfterHandling());

        var completed = await emulator.Client.Assets.CompleteAsync(assetId);

        Assert.Equal(assetId, completed.AssetId);
        Assert.Equal(AssetStatus.Ready, completed.Status);
        var completes = Requests(emulator, EmulatorRoute.Complete);
        Assert.Equal([null, 409], completes.Select(r => r.StatusCode));
        Assert.Equal("idempotency_duplicate", completes[1].ErrorCode);
        Assert.NotNull(completes[0].IdempotencyKey);
        Assert.Equal(completes[0].IdempotencyKey, completes[1].IdempotencyKey);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retrieve));
    }

    [Fact]
    public async Task CompleteAsync_ResponseLostAndAssetFailedSince_ReturnsTheFailedState()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var assetId = await ReserveWithBytesAsync(emulator);
        emulator.Faults.Enqueue(EmulatorRoute.Complete, EmulatorFault.DropConnectionAfterHandling());

        // Processing fails between the lost answer and the retry: the retry's refusal must report that state.
        emulator.Faults.Enqueue(EmulatorRoute.Complete, EmulatorFault.Callback(() => emulator.FailAsset(assetId, "unsupported codec")));

        var completed = await emulator.Client.Assets.CompleteAsync(assetId);

        Assert.Equal(AssetStatus.Failed, completed.Status);
        Assert.Equal("unsupported codec", completed.FailureMessage);
        Assert.Equal([null, 409], Requests(emulator, EmulatorRoute.Complete).Select(r => r.StatusCode));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retrieve));
    }

    [Fact]
    public async Task CompleteAsync_RetryRefusedWhileAssetStillPending_RethrowsTheDuplicate()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        // The emulator releases the key of a request it refused, so a lost answer on a pending asset cannot make its
        // retry a duplicate. A key the caller reused can: it was used up by another asset's complete.
        var other = await ReserveWithBytesAsync(emulator);
        using (var first = await raw.SendAsync(HttpMethod.Post, $"assets/{other}/complete", "{}", idempotencyKey: "complete-42"))
        {
            Assert.True(first.IsSuccessStatusCode);
        }

        var pending = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        emulator.ClearRequests();
        emulator.Faults.Enqueue(EmulatorRoute.Complete, EmulatorFault.DropConnection());

        var error = await Assert.ThrowsAsync<FloraConflictException>(
            () => emulator.Client.Assets.CompleteAsync(pending.AssetId, new RequestOptions { IdempotencyKey = "complete-42" }));

        Assert.Equal("idempotency_duplicate", error.ErrorCode);
        Assert.Equal(2, error.Attempt);
        Assert.Equal([null, 409], Requests(emulator, EmulatorRoute.Complete).Select(r => r.StatusCode));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retrieve));
        Assert.Equal("pending_upload", emulator.GetAsset(pending.AssetId)!.Status);
    }

    [Fact]
    public async Task CompleteAsync_FirstAttemptRefusedAsDuplicate_ThrowsWithoutReadingTheState()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var assetId = await ReserveWithBytesAsync(emulator);
        await emulator.Client.Assets.CompleteAsync(assetId, new RequestOptions { IdempotencyKey = "complete-7" });
        emulator.ClearRequests();

        // Not a retry of this call: the caller reused a key, and the refusal stands.
        var error = await Assert.ThrowsAsync<FloraConflictException>(
            () => emulator.Client.Assets.CompleteAsync(assetId, new RequestOptions { IdempotencyKey = "complete-7" }));

        Assert.Equal("idempotency_duplicate", error.ErrorCode);
        Assert.Equal(1, error.Attempt);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Complete));
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Retrieve));
    }

    /// <summary>Reserves a signed upload and sends its bytes straight to the upload target, leaving the complete step to the test.</summary>
    private static async Task<string> ReserveWithBytesAsync(FloraEmulator emulator)
    {
        using var raw = new RawApi(emulator);
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        using var upload = await raw.PostFormAsync(created.Upload!.Url!, created.Upload.FormFields, TestData.RandomBytes(1_000));
        Assert.True(upload.IsSuccessStatusCode);
        emulator.ClearRequests();
        return created.AssetId;
    }

    private static List<EmulatorRequest> Requests(FloraEmulator emulator, EmulatorRoute route) =>
        [.. emulator.Requests.Where(r => r.Route == route)];
}
