using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Registers.Reading;

namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>POST /api/delegation</c>: registers JSON in, the delegation report's figures out (the same figures as the
/// Delegation.xlsx workbook): tasks done today by someone other than the role that should do them, per person by
/// frequency, vacant roles and who covers them, roles whose tasks nobody does.
/// </summary>
internal static class DelegationApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapDelegation(this RouteGroupBuilder api)
    {
        api.MapPost("/delegation", DelegationAsync).WithName("Delegation").WithTags("Registers")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static async Task<Results<Ok<DelegationFigures>, ProblemHttpResult>> DelegationAsync(HttpRequest request,
        IOptions<LimitOptions> limits, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedContent();
        }
        var json = await RequestBody.ReadTextAsync(request, limits.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(DelegationFigures.Of(JsonRegisterReader.Read(json)));
    }
}
