using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk.Http;
using Flora.Sdk.Models;
using Flora.Sdk.Validation;

namespace Flora.Sdk;

/// <summary>The signed-upload flow in one call, and waiting for an asset to become ready.</summary>
internal sealed partial class AssetService
{
    private static readonly TimeSpan s_defaultReadyTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_firstPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maxPoll = TimeSpan.FromSeconds(5);

    public async Task<AssetCompleteResponse> UploadAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read: pass a readable stream positioned at the first byte to upload.", nameof(content));
        }

        InputValidation.WorkspaceId(parameters.WorkspaceId, $"{nameof(parameters)}.{nameof(AssetUploadParams.WorkspaceId)}");
        if (string.IsNullOrWhiteSpace(parameters.FileName))
        {
            throw new ArgumentException("FileName is required, for example 'product.png'; FLORA stores the asset under it.", $"{nameof(parameters)}.{nameof(AssetUploadParams.FileName)}");
        }

        if (parameters.FileName.Any(char.IsControl))
        {
            // The name goes into the multipart Content-Disposition header sent to the upload target.
            throw new ArgumentException("FileName contains line breaks or control characters: pass a plain file name such as 'product.png'.", $"{nameof(parameters)}.{nameof(AssetUploadParams.FileName)}");
        }

        if (parameters.ContentType is not null && string.IsNullOrWhiteSpace(parameters.ContentType))
        {
            throw new ArgumentException("ContentType is blank: leave it null to infer it from the file name.", $"{nameof(parameters)}.{nameof(AssetUploadParams.ContentType)}");
        }

        if (parameters.ContentType is not null && !MediaTypeHeaderValue.TryParse(parameters.ContentType, out _))
        {
            // Checked before the reservation is made: the upload step would otherwise fail after an asset was created.
            throw new ArgumentException(
                $"ContentType '{parameters.ContentType.ReplaceLineEndings(" ")}' is not a media type: pass one such as 'image/png', or leave it null to infer it from the file name.",
                $"{nameof(parameters)}.{nameof(AssetUploadParams.ContentType)}");
        }

        InputValidation.RequestOptions(options, nameof(options));

        using var activity = FloraDiagnostics.ActivitySource.StartActivity("assets.upload", ActivityKind.Internal);
        var contentType = parameters.ContentType ?? ContentTypes.FromFileName(parameters.FileName);
        var upload = new UploadPass(this, content, parameters.FileName, contentType, parameters.Progress, options);

        AssetUploadState reservation = Usable(await CreateAsync(
            new AssetCreateParams
            {
                Source = AssetSource.SignedUrl,
                WorkspaceId = parameters.WorkspaceId,
                FileName = parameters.FileName,
                ContentType = contentType,
                Folder = parameters.Folder,
            },
            StepOptions(options, "create"),
            cancellationToken).ConfigureAwait(false));
        activity?.SetTag("flora.asset_id", reservation.AssetId);

        // A rejected or expired reservation is renewed once (the asset "retry" endpoint), then uploaded to afresh.
        var renewed = false;
        while (true)
        {
            if (!renewed && IsExpired(reservation))
            {
                reservation = Usable(await RenewAsync(reservation.AssetId, options, cancellationToken).ConfigureAwait(false));
                renewed = true;
            }

            try
            {
                await upload.SendAsync(reservation, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (FloraApiException rejected) when (!renewed && IsRejectedReservation(rejected))
            {
                reservation = Usable(await RenewAsync(reservation.AssetId, options, cancellationToken).ConfigureAwait(false));
                renewed = true;
            }
        }

        var completed = await CompleteUploadAsync(reservation.AssetId, options, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("flora.upload.bytes", upload.BytesSent);
        if (parameters.WaitForReady && completed.Status != AssetStatus.Ready)
        {
            completed = AsCompleteResponse(await WaitForReadyAsync(reservation.AssetId, null, options, cancellationToken).ConfigureAwait(false));
        }

        return completed;
    }

    public async Task<AssetCompleteResponse> UploadFileAsync(string path, AssetFileUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is blank: pass the path of the file to upload.", nameof(path));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no file at '{path}' to upload.", path);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            return await UploadAsync(
                file,
                new AssetUploadParams
                {
                    WorkspaceId = parameters.WorkspaceId,
                    FileName = parameters.FileName ?? Path.GetFileName(path),
                    ContentType = parameters.ContentType,
                    Folder = parameters.Folder,
                    Progress = parameters.Progress,
                    WaitForReady = parameters.WaitForReady,
                },
                options,
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AssetRetrieveResponse> WaitForReadyAsync(string assetId, TimeSpan? timeout = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.Timeout(timeout, nameof(timeout));
        InputValidation.RequestOptions(options, nameof(options));

        var time = _pipeline.TimeProvider;
        var limit = timeout ?? s_defaultReadyTimeout;
        var started = time.GetTimestamp();
        var pause = s_firstPoll;
        while (true)
        {
            var asset = await RetrieveAsync(assetId, options, cancellationToken).ConfigureAwait(false);
            if (asset.Status == AssetStatus.Ready)
            {
                return asset;
            }

            if (asset.Status == AssetStatus.Failed)
            {
                throw new FloraAssetFailedException(assetId, asset.FailureMessage);
            }

            var remaining = limit == Timeout.InfiniteTimeSpan ? pause : limit - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new FloraTimeoutException(
                    $"Asset '{assetId}' is still '{asset.Status}' after {limit.TotalSeconds:0.#} s; pass a longer timeout to WaitForReadyAsync, or check it later with RetrieveAsync.");
            }

            await Task.Delay(pause < remaining ? pause : remaining, time, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min((long)(pause.Ticks * 1.5), s_maxPoll.Ticks));
        }
    }

    private async Task<AssetCompleteResponse> CompleteUploadAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            return await CompleteAsync(assetId, StepOptions(options, "complete"), cancellationToken).ConfigureAwait(false);
        }
        catch (FloraConflictException duplicate) when (duplicate.ErrorCode == "idempotency_duplicate")
        {
            // Also on a first attempt: a repeated UploadAsync with the caller's key reuses this step's derived key.
            if (await CompletedStateAsync(assetId, options, cancellationToken).ConfigureAwait(false) is { } completed)
            {
                return completed;
            }

            throw;
        }
    }

    /// <summary>The next steps address the asset by the id the server returned: a missing or unusable one is the server's fault.</summary>
    private static AssetUploadState Usable(AssetUploadState reservation)
    {
        var id = reservation.AssetId;
        if (string.IsNullOrWhiteSpace(id) || id is "." or ".." || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new FloraException(
                "FLORA reserved an upload but returned no usable asset_id; the upload was not continued. Report it to FLORA with the request id.");
        }

        return reservation;
    }

    private Task<AssetRetryResponse> RenewAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        RetryAsync(assetId, StepOptions(options, "retry"), cancellationToken);

    private bool IsExpired(AssetUploadState reservation) =>
        reservation.ExpiresAt is { } expires && expires <= _pipeline.TimeProvider.GetUtcNow();

    /// <summary>A 4xx from the upload target means the reservation was refused or has expired; 408 and 429 are transient.</summary>
    private static bool IsRejectedReservation(FloraApiException exception) =>
        (int)exception.StatusCode is >= 400 and < 500 and not 408 and not 429;

    /// <summary>A caller's idempotency key covers the whole upload; each step gets its own derivation so they never collide.</summary>
    private static RequestOptions? StepOptions(RequestOptions? options, string step)
    {
        if (options?.IdempotencyKey is not { } key)
        {
            return options;
        }

        var derived = new RequestOptions { IdempotencyKey = $"{key}-{step}", MaxRetries = options.MaxRetries, Timeout = options.Timeout };
        foreach (var header in options.Headers)
        {
            derived.Headers[header.Key] = header.Value;
        }

        return derived;
    }

    private static AssetCompleteResponse AsCompleteResponse(AssetRetrieveResponse asset) => new()
    {
        AssetId = asset.AssetId,
        Status = asset.Status,
        Url = asset.Url,
        WorkspaceId = asset.WorkspaceId,
        FailureMessage = asset.FailureMessage,
    };

    /// <summary>Sends the bytes to a reservation's upload target, with transient failures retried when the stream can be rewound.</summary>
    private sealed class UploadPass(AssetService service, Stream content, string fileName, string contentType, IProgress<long>? progress, RequestOptions? options)
    {
        private readonly long? _origin = content.CanSeek ? content.Position : null;
        private int _passes;

        public long BytesSent { get; private set; }

        public async Task SendAsync(AssetUploadState reservation, CancellationToken cancellationToken)
        {
            var (target, method) = Target(reservation);
            var pipeline = service._pipeline;
            await pipeline.ExecuteWithRetriesAsync(
                new FloraRequest(method, "assets.upload.send", target.AbsolutePath, AssetId: reservation.AssetId),
                options,
                (attempt, token) => SendOnceAsync(reservation, target, method, attempt, token),
                cancellationToken).ConfigureAwait(false);
        }

        private async ValueTask<bool> SendOnceAsync(AssetUploadState reservation, Uri target, HttpMethod method, int attempt, CancellationToken callerToken)
        {
            Rewind();
            var pipeline = service._pipeline;
            var timeout = options?.Timeout ?? pipeline.DefaultTimeout;

            // An idle timeout, pushed back on every read: a large upload may take long, a stalled one may not.
            using var idle = timeout == Timeout.InfiniteTimeSpan ? null : Compatibility.CancellationSources.After(timeout, pipeline.TimeProvider);
            using var linked = idle is null ? null : CancellationTokenSource.CreateLinkedTokenSource(callerToken, idle.Token);
            var token = linked?.Token ?? callerToken;
            var body = new UploadStream(content, progress, idle is null ? null : () => idle.CancelAfter(timeout));
            using var request = new HttpRequestMessage(method, target) { Content = BuildContent(reservation, method, body) };
            try
            {
                using var response = await pipeline.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw await pipeline.ReadErrorAsync(response, "upload to the signed upload target", token).ConfigureAwait(false);
                }

                BytesSent = _origin is { } origin && content.CanSeek ? content.Position - origin : BytesSent;
                return true;
            }
            catch (Exception ex) when (pipeline.MapTransportFailure(ex, "upload to the signed upload target", attempt, timeout, target.Host, callerToken) is { } failure)
            {
                throw failure;
            }
        }

        private void Rewind()
        {
            if (_passes++ == 0)
            {
                return;
            }

            if (_origin is not { } origin)
            {
                throw new FloraException(
                    "The upload must be sent again (the first pass failed or its reservation was renewed), but the content stream cannot seek " +
                    "back to its start. Pass a seekable stream (a FileStream or MemoryStream), or buffer the content first.");
            }

            content.Position = origin;
        }

        private HttpContent BuildContent(AssetUploadState reservation, HttpMethod method, UploadStream body)
        {
            var file = new StreamContent(body, 81920);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            if (method == HttpMethod.Put)
            {
                return file;
            }

            var upload = reservation.Upload!;
            var form = new MultipartFormDataContent();

            // Presigned-POST targets read the policy fields before the file, so they go first, in the order given.
            foreach (var (name, value) in upload.FormFields)
            {
                var field = new StringContent(value);
                field.Headers.ContentType = null;
                form.Add(field, name);
            }

            form.Add(file, string.IsNullOrEmpty(upload.FileField) ? "file" : upload.FileField, fileName);
            return form;
        }

        private static (Uri Target, HttpMethod Method) Target(AssetUploadState reservation)
        {
            var (text, method) = reservation.Upload?.Url is { Length: > 0 } url
                ? (url, HttpMethod.Post)
                : reservation.UploadUrl is { Length: > 0 } putUrl
                    ? (putUrl, HttpMethod.Put)
                    : throw new FloraException(
                        $"FLORA reserved asset '{reservation.AssetId}' but sent no upload instructions (neither 'upload' nor 'upload_url'); the asset cannot be uploaded. Report it with the request id.");

            if (!Uri.TryCreate(text, UriKind.Absolute, out var target)
                || !(target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && target.IsLoopback)))
            {
                throw new FloraException(
                    $"FLORA returned an upload URL that is not an absolute https URL ('{text}'); the bytes were not sent, to keep them off an unencrypted connection.");
            }

            return (target, method);
        }
    }
}
