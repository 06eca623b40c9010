using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OfficeInfra.FakeGraph;

/// <summary>Writes JSON answers and Graph-shaped errors.</summary>
internal static class Json
{
    public static async Task WriteAsync(HttpContext ctx, int status, object? body, string contentType = "application/json")
    {
        ctx.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }
        ctx.Response.ContentType = contentType;
        await ctx.Response.WriteAsync(JsonSerializer.Serialize(body), ctx.RequestAborted).ConfigureAwait(false);
    }

    public static object Error(string code, string message) => new { error = new { code, message } };

    public static async Task<JsonElement> ReadAsync(HttpContext ctx)
    {
        using var doc = await JsonDocument.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted).ConfigureAwait(false);
        return doc.RootElement.Clone();
    }

    public static async Task<byte[]> BodyAsync(HttpContext ctx)
    {
        using var copy = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(copy, ctx.RequestAborted).ConfigureAwait(false);
        return copy.ToArray();
    }
}
