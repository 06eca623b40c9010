namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// Endpoint metadata: the Content-Types a state-changing endpoint accepts besides <c>application/json</c> (the
/// default for every POST under /api). <see cref="CrossSiteGuard"/> refuses anything else before the endpoint runs.
/// </summary>
internal sealed class RequestContentTypes(params string[] types)
{
    /// <summary>The JSON type every state-changing /api route accepts.</summary>
    public const string Json = "application/json";

    /// <summary>The accepted media types, without parameters.</summary>
    public IReadOnlyList<string> Types { get; } = [Json, .. types];

    /// <summary>True when <paramref name="contentType"/> (parameters allowed) is one of <see cref="Types"/>.</summary>
    public bool Accepts(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return Types.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
    }
}
