using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// Fetches one page politely and defensively: robots.txt, per-host spacing and backoff, conditional GET,
/// redirects followed by hand (each hop re-checked), capped and decompressed bodies. Address checks
/// happen in <see cref="GuardedConnector"/>, which the typed <see cref="HttpClient"/> must use.
/// </summary>
public sealed class PageFetcher(
    HttpClient http,
    IOptions<FetcherOptions> options,
    IRobotsCache robotsCache,
    IHostPoliteness politeness,
    IValidatorStore validators,
    TimeProvider time)
{
    private static readonly TimeSpan FailedRobotsCacheDuration = TimeSpan.FromHours(1);

    private readonly FetcherOptions _options = options.Value;
    private readonly string _productToken = RobotsParser.ProductToken(options.Value.UserAgent);

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        if (!IsHttp(request.Url))
        {
            return Failure(request.Url, null, "Only http and https URLs are fetched.");
        }

        var stored = await validators.GetAsync(request.Url, cancellationToken).ConfigureAwait(false);
        var url = request.Url;
        for (var hop = 0; ; hop++)
        {
            var rules = await GetRobotsAsync(url, request.AllowedPrivateNetworks, cancellationToken).ConfigureAwait(false);
            if (rules is null)
            {
                return Refusal(url, RefusalReason.Ssrf, $"{url.Host} resolves to an address this source may not reach.") with { RequestedUrl = request.Url };
            }

            if (!rules.IsAllowed(url.PathAndQuery))
            {
                return Refusal(url, RefusalReason.Robots, "Disallowed by robots.txt.") with { RequestedUrl = request.Url };
            }

            var exchange = new Exchange(url, request.AllowedPrivateNetworks, hop == 0 ? stored : null, _options.MaxBodyBytes, TruncateOversized: false);
            var attempt = await FetchWithRetriesAsync(exchange, GapFor(rules), cancellationToken).ConfigureAwait(false);
            if (attempt.RedirectTo is null)
            {
                var result = attempt.Result! with { RequestedUrl = request.Url };
                if (result.IsOk && (result.ETag is not null || result.LastModified is not null))
                {
                    await validators.SetAsync(request.Url, new CacheValidators(result.ETag, result.LastModified), cancellationToken).ConfigureAwait(false);
                }

                return result;
            }

            if (hop >= _options.MaxRedirects)
            {
                return Failure(url, null, $"More than {_options.MaxRedirects} redirects.") with { RequestedUrl = request.Url };
            }

            url = attempt.RedirectTo;
        }
    }

    private Task<RobotsRules?> GetRobotsAsync(Uri url, IReadOnlyList<IPNetwork> allowed, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        return robotsCache.GetOrLoadAsync(origin, token => LoadRobotsAsync(origin, url, allowed, token), cancellationToken);
    }

    private async Task<CachedRobots?> LoadRobotsAsync(string origin, Uri url, IReadOnlyList<IPNetwork> allowed, CancellationToken cancellationToken)
    {
        var current = new Uri(new Uri(origin), "/robots.txt");
        FetchResult? result = null;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            var exchange = new Exchange(current, allowed, null, _options.MaxRobotsBytes, TruncateOversized: true);
            var attempt = await FetchWithRetriesAsync(exchange, _options.MinHostDelay, cancellationToken).ConfigureAwait(false);
            if (attempt.RedirectTo is null)
            {
                result = attempt.Result;
                break;
            }

            current = attempt.RedirectTo;
        }

        if (result?.Refusal == RefusalReason.Ssrf)
        {
            return null;
        }

        // RFC 9309 §2.3.1: too many redirects or a 4xx mean "no robots.txt"; a 5xx or no answer means "disallow all".
        var rules = result switch
        {
            null => RobotsRules.AllowAll,
            { Status: FetchStatus.Ok } => RobotsParser.Parse(BodyText.Decode(result.Body.Span, "utf-8"), _productToken),
            { HttpStatus: >= 400 and < 500 } => RobotsRules.AllowAll,
            _ => RobotsRules.DisallowAll,
        };
        var now = time.GetUtcNow();
        await politeness.DeferAsync(HostKey(url), now + GapFor(rules), cancellationToken).ConfigureAwait(false);
        var lifetime = ReferenceEquals(rules, RobotsRules.DisallowAll) ? FailedRobotsCacheDuration : _options.RobotsCacheDuration;
        return new CachedRobots(rules, now + lifetime);
    }

    private async Task<FetchAttempt> FetchWithRetriesAsync(Exchange exchange, TimeSpan gap, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var attempt = await ExchangeAsync(exchange, gap, cancellationToken).ConfigureAwait(false);
            if (!attempt.ShouldRetry)
            {
                return attempt;
            }

            var wait = attempt.ServerDelay ?? Backoff(retry);
            await politeness.DeferAsync(HostKey(exchange.Url), time.GetUtcNow() + wait, cancellationToken).ConfigureAwait(false);
            if (retry >= _options.MaxRetries || wait > _options.MaxRetryWait)
            {
                return FetchAttempt.Final(attempt.Result!);
            }
        }
    }

    private async Task<FetchAttempt> ExchangeAsync(Exchange exchange, TimeSpan gap, CancellationToken cancellationToken)
    {
        var url = exchange.Url;
        var turn = await politeness.WaitTurnAsync(HostKey(url), gap, cancellationToken).ConfigureAwait(false);
        await using var releaseTurn = turn.ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(_options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = BuildRequest(exchange);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return await InterpretAsync(exchange, response, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchAttempt.Final(Failure(url, null, $"Timed out after {_options.Timeout.TotalSeconds:0.#} s."));
        }
        catch (HttpRequestException e) when (FindBlocked(e) is { } blocked)
        {
            return FetchAttempt.Final(Refusal(url, RefusalReason.Ssrf, blocked.Message));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            return FetchAttempt.Final(Failure(url, null, e.Message));
        }
    }

    private async Task<FetchAttempt> InterpretAsync(Exchange exchange, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var url = exchange.Url;
        var status = (int)response.StatusCode;
        if (status is 301 or 302 or 303 or 307 or 308)
        {
            var location = response.Headers.Location;
            var target = location is null ? null : location.IsAbsoluteUri ? location : new Uri(url, location);
            return target is not null && IsHttp(target)
                ? FetchAttempt.Redirect(target)
                : FetchAttempt.Final(Failure(url, status, "Redirect without a usable http(s) Location."));
        }

        if (status == 304)
        {
            return FetchAttempt.Final(new FetchResult(
                FetchStatus.NotModified, RefusalReason.None, url, url, status, ReadOnlyMemory<byte>.Empty, null, null,
                exchange.Conditional?.ETag, exchange.Conditional?.LastModified, time.GetUtcNow(), null));
        }

        if (status == 429 || status >= 500)
        {
            return FetchAttempt.Retry(Failure(url, status, $"HTTP {status}."), RetryAfter(response));
        }

        if (status is < 200 or > 299)
        {
            return FetchAttempt.Final(Failure(url, status, $"HTTP {status}."));
        }

        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        var charset = contentType?.CharSet?.Trim('"', '\'');
        if (!exchange.TruncateOversized && (mediaType is null || !_options.AcceptedMediaTypes.Contains(mediaType)))
        {
            return FetchAttempt.Final(Refusal(url, RefusalReason.ContentType, $"Content type '{mediaType}' is not fetched."));
        }

        if (!exchange.TruncateOversized && response.Content.Headers.ContentLength > exchange.MaxBytes)
        {
            return FetchAttempt.Final(Refusal(url, RefusalReason.TooLarge, $"Declared length {response.Content.Headers.ContentLength} is over {exchange.MaxBytes} bytes."));
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var raw = await BodyReader.ReadCappedAsync(stream, exchange.MaxBytes, cancellationToken).ConfigureAwait(false);
            if (raw.Exceeded && !exchange.TruncateOversized)
            {
                return FetchAttempt.Final(Refusal(url, RefusalReason.TooLarge, $"Body is over {exchange.MaxBytes} bytes."));
            }

            var decoded = ContentDecoder.Decode(raw.Bytes, response.Content.Headers.ContentEncoding, _options.MaxDecodedBytes);
            if (decoded is null)
            {
                return FetchAttempt.Final(Refusal(url, RefusalReason.TooLarge, $"Decompressed body is over {_options.MaxDecodedBytes} bytes."));
            }

            return FetchAttempt.Final(new FetchResult(
                FetchStatus.Ok, RefusalReason.None, url, url, status, decoded, mediaType, charset,
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, time.GetUtcNow(), null));
        }
    }

    private HttpRequestMessage BuildRequest(Exchange exchange)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, exchange.Url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        message.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (exchange.AllowedPrivateNetworks.Count > 0)
        {
            message.Options.Set(GuardedConnector.AllowedNetworksKey, exchange.AllowedPrivateNetworks);

            // A connection opened under this source's allowance must not be pooled and reused by another source.
            message.Headers.ConnectionClose = true;
        }

        if (exchange.Conditional?.ETag is { } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (exchange.Conditional?.LastModified is { } lastModified)
        {
            message.Headers.IfModifiedSince = lastModified;
        }

        return message;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private TimeSpan Backoff(int retry) =>
        _options.BackoffBase * Math.Pow(2, retry) * (1 + (Random.Shared.NextDouble() * 0.5));

    private TimeSpan GapFor(RobotsRules rules)
    {
        var crawlDelay = rules.CrawlDelay ?? TimeSpan.Zero;
        if (crawlDelay > _options.MaxCrawlDelay)
        {
            crawlDelay = _options.MaxCrawlDelay;
        }

        return crawlDelay > _options.MinHostDelay ? crawlDelay : _options.MinHostDelay;
    }

    private static string HostKey(Uri url) => $"{url.IdnHost}:{url.Port}";

    private static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static BlockedAddressException? FindBlocked(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }

    private FetchResult Failure(Uri url, int? httpStatus, string error) =>
        new(FetchStatus.Failed, RefusalReason.None, url, url, httpStatus, ReadOnlyMemory<byte>.Empty, null, null, null, null, time.GetUtcNow(), error);

    private FetchResult Refusal(Uri url, RefusalReason reason, string error) =>
        new(FetchStatus.Refused, reason, url, url, null, ReadOnlyMemory<byte>.Empty, null, null, null, null, time.GetUtcNow(), error);

    private sealed record Exchange(Uri Url, IReadOnlyList<IPNetwork> AllowedPrivateNetworks, CacheValidators? Conditional, long MaxBytes, bool TruncateOversized);
}
