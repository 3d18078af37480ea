using System.Globalization;
using System.Security.Cryptography;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>The soak's keyed batches: each is run twice with the same key, the second time in a fresh client, and checked item by item.</summary>
internal static partial class SoakCommand
{
    // Items per keyed batch; each batch is run twice with the same key.
    private const int BatchItems = 3;

    private static async Task WarmUpBatchAndWaitAsync(FloraClient client, FloraEmulator emulator)
    {
        var op = new Op(Kind.Batch, "warmup.png", 0, 1);
        var key = new RequestOptions { IdempotencyKey = "soak-warmup" };
        var first = await RunBatchAsync(client, emulator, op, TimeSpan.FromMilliseconds(1), key);
        await RunBatchAsync(client, emulator, op, null, key);
        if (first[0].Error is FloraAssetNotReadyException notReady)
        {
            await client.Assets.WaitForReadyAsync(notReady.AssetId);
        }
    }

    private static async Task<AssetUploadResult[]> RunBatchAsync(FloraClient client, FloraEmulator emulator, Op op, TimeSpan? readyTimeout, RequestOptions key)
    {
        var results = new AssetUploadResult[BatchItems];
        var parameters = new AssetBatchUploadParams { WorkspaceId = emulator.WorkspaceId, WaitForReady = true, ReadyTimeout = readyTimeout, MaxConcurrency = BatchItems };
        await foreach (var result in client.Assets.UploadManyAsync(BatchItemsOf(op), parameters, key))
        {
            results[result.Index] = result;
        }

        return results;
    }

    private static IEnumerable<AssetUploadItem> BatchItemsOf(Op op) => Enumerable.Range(0, BatchItems).Select(j =>
        AssetUploadItem.FromStream(BatchItemName(op, j), () => new MemoryStream(BatchItemBytes(op, j))) with { Key = "item-" + j.ToString(CultureInfo.InvariantCulture) });

    private static string BatchItemName(Op op, int item) => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(op.Tag)}-{item}.png");

    private static byte[] BatchItemBytes(Op op, int item) => PatternBytes(op with { Length = 1_000 + item, Pick = op.Pick + item });

    /// <summary>
    /// The keyed batches' items against the emulator: every item the rerun answered is held once under the id it answered
    /// (else lost), and that is the id the first run made or named, when it made one (else the rerun made another asset).
    /// </summary>
    private sealed class BatchTally
    {
        public int Items { get; private set; }

        public int Adopted { get; private set; }

        public int Lost { get; private set; }

        public int Moved { get; private set; }

        /// <summary>Rerun items that answered the first run's asset without <see cref="AssetUploadResult.Adopted"/>: the upload's own lost-create recovery found it.</summary>
        public int RecoveredUnflagged { get; private set; }

        /// <summary>Rerun items the first run had made no asset for (it failed before FLORA made one): uploaded by the rerun.</summary>
        public int FirstMadeNone { get; private set; }

        public List<string> Failed { get; } = [];

        public int Checked { get; private set; }

        public int Mismatched { get; private set; }

        public void Add(Op op, Dictionary<string, List<EmulatedAsset>> byTag)
        {
            if (op.Rerun is null)
            {
                return;
            }

            for (var j = 0; j < BatchItems; j++)
            {
                Items++;
                var rerun = op.Rerun[j];
                var firstId = IdOf(op.FirstRun![j]);
                var held = byTag.GetValueOrDefault(BatchItemName(op, j)) ?? [];
                Adopted += rerun.Adopted ? 1 : 0;
                if (rerun.Asset is not { } asset)
                {
                    // A typed failure, as a single upload's: the next rerun with the key adopts what is held.
                    Failed.Add(Describe(rerun.Error!));
                    continue;
                }

                if (held.Count != 1 || held[0].AssetId != asset.AssetId)
                {
                    Lost++;
                    continue;
                }

                Moved += firstId is not null && firstId != asset.AssetId ? 1 : 0;
                FirstMadeNone += firstId is null ? 1 : 0;
                RecoveredUnflagged += firstId == asset.AssetId && !rerun.Adopted ? 1 : 0;
                var bytes = BatchItemBytes(op, j);
                Checked++;
                Mismatched += held[0].Sha256 == Convert.ToHexStringLower(SHA256.HashData(bytes)) && held[0].UploadedBytes == bytes.Length && held[0].Status == "ready" ? 0 : 1;
            }
        }

        private static string? IdOf(AssetUploadResult result) => result.Asset?.AssetId ?? (result.Error as FloraAssetNotReadyException)?.AssetId;
    }
}
