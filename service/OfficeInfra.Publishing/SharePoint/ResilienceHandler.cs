using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// The last handler before the wire, shared by Graph and SharePoint REST traffic: at most
/// <see cref="SharePointOptions.MaxConcurrency"/> requests in flight, a User-Agent tag Microsoft's throttling
/// guidance asks for, a timeout per attempt, and bounded retries of 429/503/504, timeouts, broken connections and
/// answers cut in the middle of their body, that wait <c>Retry-After</c> when the server gives one and a jittered
/// exponential back-off when not. Every call the product makes is safe to send twice (PUT replaces, folder creation
/// fails on a name that exists, role assignments and ensureuser are idempotent); where a second send cannot succeed
/// (the last fragment of an upload session), the caller reads back what the server did.
/// </summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    /// <summary>The tag Microsoft's throttling guidance asks ISVs to send.</summary>
    public const string UserAgent = "ISV|OfficeInfra|OfficeInfra/1.0";

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _inFlight;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilienceHandler(SharePointOptions options, SemaphoreSlim inFlight)
    {
        _inFlight = inFlight;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                        or HttpStatusCode.GatewayTimeout),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    SharePointMetrics.Retried(args.Outcome.Result is { } answer
                        ? ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : args.Outcome.Exception?.GetType().Name ?? "unknown");
                    return default;
                },
            });
        }
        _pipeline = builder.AddTimeout(options.RequestTimeout).Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.Content is not null)
        {
            // A retry sends the same body again; buffering makes any content (streams included) replayable.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        return await _pipeline.ExecuteAsync(async token =>
        {
            // The slot is held for one attempt only, so a request waiting out a Retry-After does not block others.
            await _inFlight.WaitAsync(token).ConfigureAwait(false);
            try
            {
                var response = await base.SendAsync(request, token).ConfigureAwait(false);
                try
                {
                    // The body is read here, inside the attempt: a connection cut in the middle of an answer is then a
                    // failed attempt that is retried, not an error the SDK meets later, after every retry has passed.
                    await response.Content.LoadIntoBufferAsync(token).ConfigureAwait(false);
                    return response;
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }
            finally
            {
                _inFlight.Release();
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The server's <c>Retry-After</c> (seconds or a date) plus a little jitter; null leaves the back-off to Polly.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }
        var wait = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }
        // Jitter spreads the clients a throttled server released at the same moment.
        return (wait > MaxRetryAfter ? MaxRetryAfter : wait) + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
    }
}
