using System.Text;

namespace OfficeInfra.Service.Http;

/// <summary>Reads a request body up to <see cref="LimitOptions.MaxRequestBytes"/>; beyond it the caller gets 413.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes. Throws <see cref="BadHttpRequestException"/> (413) when it is over <paramref name="limit"/>.</summary>
    public static async Task<byte[]> ReadAsync(Stream body, long? contentLength, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (contentLength > limit)
        {
            throw TooLarge(limit);
        }
        // Chunked bodies have no length up front: count as we read and stop at the limit.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The request body as UTF-8 text, bounded like <see cref="ReadAsync"/>.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Encoding.UTF8.GetString(await ReadAsync(request.Body, request.ContentLength, limit, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The 413 error for a body over <paramref name="limit"/> bytes.</summary>
    public static BadHttpRequestException TooLarge(long limit) =>
        new($"The request is larger than the service accepts ({limit / (1024 * 1024.0):0.#} MB).", StatusCodes.Status413PayloadTooLarge);
}
