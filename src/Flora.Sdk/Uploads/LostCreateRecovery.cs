using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;

namespace Flora.Sdk.Uploads;

/// <summary>What a create asked for, to recognise the asset it made when its answer was lost.</summary>
internal sealed record LostCreate(
    string WorkspaceId,
    string? ProjectId,
    string? FileName,
    string? ContentType,
    string UploadedVia,
    IReadOnlyList<AssetStatus> Statuses,
    long? SizeBytes,
    DateTimeOffset Started);

/// <summary>
/// Finds the asset a create made when its answer was lost: a retry of it was refused as <c>idempotency_duplicate</c>,
/// so the first attempt was processed, and FLORA does not replay answers. The rule and its limits are in
/// docs/reliability.md: list by workspace (and project) with the file name as the query, keep the assets that fit
/// the call in every field the list shows, and adopt one only when exactly one fits.
/// </summary>
internal sealed class LostCreateRecovery(AssetEndpoints assets)
{
    /// <summary>How far FLORA's clock may be from ours: the window of "created during the call" widens by this on both ends.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const int MaxPages = 10;

    /// <summary>A retry of this call, not a first attempt, was refused as a duplicate: the first attempt made the asset.</summary>
    public static bool IsLostCreate(FloraConflictException refused) => refused.ErrorCode == "idempotency_duplicate" && refused.Attempt > 1;

    /// <exception cref="FloraLostCreateException">None, or more than one, asset fits.</exception>
    /// <returns>The one asset that fits, with the status and headers of the list page it was found on.</returns>
    public async Task<FloraResponse<AssetListResponse>> FindAsync(LostCreate call, FloraConflictException refused, RequestOptions? options, CancellationToken cancellationToken)
    {
        var query = new AssetListParams { WorkspaceId = call.WorkspaceId, ProjectId = call.ProjectId, Query = call.FileName, Limit = 100 };
        var until = assets.Api.TimeProvider.GetUtcNow() + ClockSkew;
        var fits = new List<AssetListResponse>();
        string? cursor = null;
        FloraResponse<Page<AssetListResponse>>? foundOn = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var answer = await assets.ListPageAsync(query, cursor, options, cancellationToken).ConfigureAwait(false);
            var page = answer.Value;
            var before = fits.Count;
            fits.AddRange(page.Items.Where(asset => Fits(asset, call, until)));
            foundOn = fits.Count > before ? answer : foundOn;
            cursor = page.NextCursor;
            if (string.IsNullOrEmpty(cursor))
            {
                break;
            }
        }

        if (fits.Count == 1)
        {
            return foundOn!.With(fits[0]);
        }

        var ids = fits.Select(a => a.AssetId!).ToList();
        var what = ids.Count == 0
            ? "no asset fits it"
            : $"{ids.Count} assets fit it ({string.Join(", ", ids)}), so the SDK cannot tell which is this call's";
        throw new FloraLostCreateException(
            $"FLORA created an asset for '{call.FileName}' in workspace '{call.WorkspaceId}', but its answer was lost, and {what}; nothing was adopted. " +
            "Check the candidates with RetrieveAsync, keep the right one and delete the others in FLORA, or upload again with a new idempotency key.",
            ids,
            refused);
    }

    private static bool Fits(AssetListResponse asset, LostCreate call, DateTimeOffset until) =>
        !string.IsNullOrEmpty(asset.AssetId)
        && call.Statuses.Contains(asset.Status)
        && (asset.UploadedVia.Length == 0 || asset.UploadedVia == call.UploadedVia)
        && string.Equals(asset.Name, call.FileName, StringComparison.Ordinal)
        && (call.ContentType is null || string.Equals(asset.ContentType, call.ContentType, StringComparison.OrdinalIgnoreCase))
        && (asset.WorkspaceId is null || asset.WorkspaceId == call.WorkspaceId)
        && (call.ProjectId is null || asset.ProjectId == call.ProjectId)
        && (call.SizeBytes is null || asset.SizeBytes is null || asset.SizeBytes == call.SizeBytes)
        && UnixTimestamp.ToDateTime(asset.CreatedAt) is { } created && created >= call.Started - ClockSkew && created <= until;
}
