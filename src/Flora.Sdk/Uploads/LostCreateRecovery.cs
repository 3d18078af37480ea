using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;

namespace Flora.Sdk.Uploads;

/// <summary>What a create asked for, to recognise the asset it made when its answer was lost.</summary>
/// <param name="WorkspaceId">The workspace it was made in.</param>
/// <param name="ProjectId">The project it was placed on; <see langword="null"/> for any.</param>
/// <param name="FileName">Its name, matched exactly.</param>
/// <param name="ContentType">Its type, matched in any case; <see langword="null"/> for any.</param>
/// <param name="UploadedVia">The upload path the create took; <see langword="null"/> for either stream path (<c>direct</c> or <c>signed_url</c>).</param>
/// <param name="Statuses">The states the asset may be in; <see langword="null"/> for any.</param>
/// <param name="SizeBytes">Its size; <see langword="null"/> for any.</param>
/// <param name="Started">The earliest the asset can have been made (five minutes of clock skew are allowed before it).</param>
internal sealed record LostCreate(
    string WorkspaceId,
    string? ProjectId,
    string? FileName,
    string? ContentType,
    string? UploadedVia,
    IReadOnlyList<AssetStatus>? Statuses,
    long? SizeBytes,
    DateTimeOffset Started);

/// <summary>
/// Finds the asset a create made when its answer was lost: a retry of it was refused as <c>idempotency_duplicate</c>,
/// so the first attempt was processed, and FLORA does not replay answers. The rule and its limits are in
/// docs/reliability.md: list by workspace (and project) with the file name as the query, keep the assets that fit
/// the call in every field the list shows, and adopt one only when exactly one fits. The uploads read the list through
/// <see cref="AssetEndpoints"/>; a batch rerun (docs/usage.md) through the public list of its asset service.
/// </summary>
/// <param name="clock">The clock "now" is read from: the client's.</param>
/// <param name="listPage">Reads one page of the list at a cursor.</param>
internal sealed class LostCreateRecovery(TimeProvider clock, Func<AssetListParams, string?, RequestOptions?, CancellationToken, Task<Page<AssetListResponse>>> listPage)
{
    /// <summary>How far FLORA's clock may be from ours: the window of "created during the call" widens by this on both ends.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const int MaxPages = 10;

    /// <summary>A recovery over the raw endpoints, on the client's clock (the uploads' own).</summary>
    public LostCreateRecovery(AssetEndpoints assets)
        : this(assets.Api.TimeProvider, async (query, cursor, options, token) => (await assets.ListPageAsync(query, cursor, options, token).ConfigureAwait(false)).Value)
    {
    }

    /// <summary>The clock "now" is read from.</summary>
    public TimeProvider Clock => clock;

    /// <summary>A retry of this call, not a first attempt, was refused as a duplicate: the first attempt made the asset.</summary>
    public static bool IsLostCreate(FloraConflictException refused) => refused.ErrorCode == "idempotency_duplicate" && refused.Attempt > 1;

    /// <summary>Finds the asset of a lost create, with the upload's message when none or several fit.</summary>
    /// <exception cref="FloraLostCreateException">None, or more than one, asset fits.</exception>
    /// <returns>The one asset that fits, with the status and headers of the list page it was found on.</returns>
    public async Task<FloraResponse<AssetListResponse>> FindAsync(LostCreate call, FloraException refused, RequestOptions? options, CancellationToken cancellationToken)
    {
        var (asset, page) = await FindAsync(
            call,
            what => $"FLORA created an asset for '{call.FileName}' in workspace '{call.WorkspaceId}', but its answer was lost, and {what}; nothing was adopted. " +
                "Check the candidates with RetrieveAsync, keep the right one and delete the others in FLORA, or upload again with a new idempotency key.",
            refused,
            options,
            cancellationToken).ConfigureAwait(false);
        return page.GetRawResponse()!.With(asset);
    }

    /// <summary>Finds the asset <paramref name="call"/> made: the one listed asset that fits it, and the page it was on.</summary>
    /// <param name="call">What the create asked for.</param>
    /// <param name="explain">The refusal's message, given what was found ("no asset fits it", "2 assets fit it (…)…").</param>
    /// <param name="refused">The refusal that started the search: the inner exception of a <see cref="FloraLostCreateException"/>.</param>
    /// <param name="options">The options of the list calls.</param>
    /// <param name="cancellationToken">Cancels the list calls.</param>
    /// <exception cref="FloraLostCreateException">None, or more than one, asset fits.</exception>
    public async Task<(AssetListResponse Asset, Page<AssetListResponse> Page)> FindAsync(
        LostCreate call, Func<string, string> explain, FloraException refused, RequestOptions? options, CancellationToken cancellationToken)
    {
        var query = new AssetListParams { WorkspaceId = call.WorkspaceId, ProjectId = call.ProjectId, Query = call.FileName, Limit = 100 };
        var until = clock.GetUtcNow() + ClockSkew;
        var fits = new List<AssetListResponse>();
        string? cursor = null;
        Page<AssetListResponse>? foundOn = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var page = await listPage(query, cursor, options, cancellationToken).ConfigureAwait(false);
            var before = fits.Count;
            fits.AddRange(page.Items.Where(asset => Fits(asset, call, until)));
            foundOn = fits.Count > before ? page : foundOn;
            cursor = page.NextCursor;
            if (string.IsNullOrEmpty(cursor))
            {
                break;
            }
        }

        if (fits.Count == 1)
        {
            return (fits[0], foundOn!);
        }

        var ids = fits.Select(a => a.AssetId!).ToList();
        var what = ids.Count == 0
            ? "no asset fits it"
            : $"{ids.Count} assets fit it ({string.Join(", ", ids)}), so the SDK cannot tell which is the one";
        throw new FloraLostCreateException(explain(what), ids, refused);
    }

    private static bool Fits(AssetListResponse asset, LostCreate call, DateTimeOffset until) =>
        !string.IsNullOrEmpty(asset.AssetId)
        && (call.Statuses is null || call.Statuses.Contains(asset.Status))
        && (asset.UploadedVia.Length == 0 || asset.UploadedVia == call.UploadedVia
            || (call.UploadedVia is null && asset.UploadedVia is "direct" or "signed_url"))
        && string.Equals(asset.Name, call.FileName, StringComparison.Ordinal)
        && (call.ContentType is null || string.Equals(asset.ContentType, call.ContentType, StringComparison.OrdinalIgnoreCase))
        && (asset.WorkspaceId is null || asset.WorkspaceId == call.WorkspaceId)
        && (call.ProjectId is null || asset.ProjectId == call.ProjectId)
        && (call.SizeBytes is null || asset.SizeBytes is null || asset.SizeBytes == call.SizeBytes)
        && UnixTimestamp.ToDateTime(asset.CreatedAt) is { } created && created >= call.Started - ClockSkew && created <= until;
}
