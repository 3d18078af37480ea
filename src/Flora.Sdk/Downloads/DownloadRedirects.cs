using System.Net;

namespace Flora.Sdk.Downloads;

/// <summary>
/// Follows the redirects of a download over the upload transport, which follows none by itself: at most
/// <see cref="MaxRedirects"/>, each only to https (or to http on a loopback host, for local emulators), and each as a
/// fresh GET that carries only the range headers, so no header of FLORA's or the caller's can ride along.
/// </summary>
internal sealed class DownloadRedirects(HttpMessageInvoker inner) : HttpMessageHandler
{
    /// <summary>The most redirects one attempt follows.</summary>
    public const int MaxRedirects = 5;

    /// <summary>An invoker over <paramref name="inner"/> that follows safe redirects; it holds nothing to release.</summary>
    public static HttpMessageInvoker Over(HttpMessageInvoker inner) => new(new DownloadRedirects(inner), disposeHandler: true);

    /// <summary>Whether a download may be fetched from <paramref name="url"/>: https, or http on a loopback host.</summary>
    public static bool IsAllowed(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <summary>Why <paramref name="url"/> is refused, for a <see cref="FloraException"/>; names the scheme and host only.</summary>
    public static string Refusal(Uri url, string what) =>
        $"The download {what} '{(url.IsAbsoluteUri ? url.Scheme + "://" + url.Host : "a relative URL")}' was refused: downloads go only to https " +
        "(or http on a loopback host). Ask the host to serve the asset over https.";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = request;
        for (var hops = 0; ; hops++)
        {
            var response = await (inner is HttpClient http
                ? http.SendAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                : inner.SendAsync(current, cancellationToken)).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            response.Dispose();
            var next = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
            if (hops == MaxRedirects)
            {
                throw new FloraException($"The download was redirected more than {MaxRedirects} times; the last hop went to '{next.Scheme}://{next.Host}'.");
            }

            if (!IsAllowed(next))
            {
                throw new FloraException(Refusal(next, "redirect to"));
            }

            var hop = new HttpRequestMessage(HttpMethod.Get, next);
            hop.Headers.Range = request.Headers.Range;
            hop.Headers.IfRange = request.Headers.IfRange;
            if (!ReferenceEquals(current, request))
            {
                current.Dispose();
            }

            current = hop;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;
}
