namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>Cache-Control: no-store</c> on API answers: job JSON, progress events and documents carry an organisation's
/// restricted content, which no browser or proxy cache should keep.
/// </summary>
internal static class NoStore
{
    /// <summary>Adds the header to every endpoint of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder WithNoStore(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context).ConfigureAwait(false);
        });
        return group;
    }
}
