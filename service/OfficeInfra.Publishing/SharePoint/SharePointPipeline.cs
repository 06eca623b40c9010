using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace OfficeInfra.Publishing.SharePoint;

/// <summary>
/// The HTTP pipeline a SharePoint target talks through, built once per target: the Graph SDK's client (its own
/// middleware for redirects, compression and headers, then ours for retries, throttling and timeouts) and a SharePoint
/// REST client (a bearer token for the site's host, then the same resilience), sharing one connection pool and one
/// limit on requests in flight. It owns the HTTP clients and releases them when disposed.
/// </summary>
internal sealed class SharePointPipeline : IDisposable
{
    private readonly HttpClient _graphHttp;
    private readonly HttpClient _restHttp;
    private readonly SemaphoreSlim _inFlight;

    private SharePointPipeline(GraphServiceClient graph, LibraryDrive drive, SharePointRestClient rest, HttpClient graphHttp, HttpClient restHttp,
        SemaphoreSlim inFlight)
    {
        Graph = graph;
        Drive = drive;
        Rest = rest;
        _graphHttp = graphHttp;
        _restHttp = restHttp;
        _inFlight = inFlight;
    }

    /// <summary>Graph, through the SDK.</summary>
    public GraphServiceClient Graph { get; }

    /// <summary>The library's drive: items, uploads, folders.</summary>
    public LibraryDrive Drive { get; }

    /// <summary>SharePoint REST, for what Graph cannot do.</summary>
    public SharePointRestClient Rest { get; }

    /// <summary>
    /// Builds the pipeline for the site <paramref name="site"/> and Graph at <paramref name="graphBase"/>.
    /// <paramref name="handler"/> replaces the network (tests); the retry, throttling and token handlers always sit in
    /// front of it.
    /// </summary>
    public static SharePointPipeline Build(SharePointOptions options, Uri site, Uri graphBase, TokenCredential credential, HttpMessageHandler? handler)
    {
        var inFlight = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
        var wire = handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

        // The SDK's own middleware stays (redirects, compression, headers), except its retry handler: ours also
        // retries broken connections and timeouts, and one retry layer keeps the number of attempts bounded.
        var middleware = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        middleware.Add(new ResilienceHandler(options, inFlight));
        var graphHttp = GraphClientFactory.Create(middleware, finalHandler: wire);
        graphHttp.Timeout = Timeout.InfiniteTimeSpan; // attempts time out in the resilience handler
        var graphBaseUrl = options.GraphBaseUrl.TrimEnd('/');
        var graph = new GraphServiceClient(graphHttp,
            new BaseBearerTokenAuthenticationProvider(new CredentialTokenProvider(credential, graphBase)), graphBaseUrl);
        // Upload session URLs carry their own authorisation: slices go out with no token.
        IRequestAdapter uploads = new BaseGraphRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: graphHttp);
        var drive = new LibraryDrive(graph, uploads, graphBaseUrl, options);

        var restRoot = $"{(options.SharePointBaseUrl ?? site.GetLeftPart(UriPartial.Authority)).TrimEnd('/')}{site.AbsolutePath.TrimEnd('/')}/_api/";
        var restChain = new BearerTokenHandler(credential, $"{site.GetLeftPart(UriPartial.Authority)}/.default")
        {
            InnerHandler = new ResilienceHandler(options, inFlight) { InnerHandler = wire },
        };
        var restHttp = new HttpClient(restChain, disposeHandler: false) { BaseAddress = new Uri(restRoot), Timeout = Timeout.InfiniteTimeSpan };
        return new SharePointPipeline(graph, drive, new SharePointRestClient(restHttp), graphHttp, restHttp, inFlight);
    }

    /// <summary>Releases the HTTP connections.</summary>
    public void Dispose()
    {
        _graphHttp.Dispose();
        _restHttp.Dispose();
        _inFlight.Dispose();
    }
}
