using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http;

/// <summary><c>POST /api/validate</c>: registers JSON or an .xlsx upload in, findings pointing at cells out.</summary>
internal static class ValidateApi
{
    /// <summary>The findings, how many of each severity, and the registers at a glance (counted as the documents count).</summary>
    public sealed record ValidateResult(IReadOnlyList<FindingView> Findings, int Errors, int Warnings, RegisterSummary Summary);

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapValidate(this RouteGroupBuilder api)
    {
        api.MapPost("/validate", ValidateAsync).WithName("Validate").WithTags("Registers")
            .WithMetadata(new RequestContentTypes(XlsxType, "application/octet-stream", "multipart/form-data"))
            .LimitConcurrencyPerCaller()
            // No Accepts metadata: routing would answer a wrong content type with a bare 415; ours says what to send.
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static async Task<Results<Ok<ValidateResult>, ProblemHttpResult>> ValidateAsync(HttpRequest request,
        IOptions<LimitOptions> limits, CancellationToken cancellationToken)
    {
        var limit = limits.Value.MaxRequestBytes;
        RegisterWorkbook workbook;
        if (request.HasJsonContentType())
        {
            var json = await RequestBody.ReadTextAsync(request, limit, cancellationToken).ConfigureAwait(false);
            workbook = new RegisterWorkbook(JsonRegisterReader.Read(json), new RegisterLayout());
        }
        else if (request.HasFormContentType)
        {
            if (request.ContentLength > limit)
            {
                throw RequestBody.TooLarge(limit);
            }
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            if (form.Files.Count == 0)
            {
                throw new OfficeInfraException(ErrorKind.UnreadableInput, "Attach the workbook (.xlsx) as a file in the form.");
            }
            await using var upload = form.Files[0].OpenReadStream();
            var bytes = await RequestBody.ReadAsync(upload, form.Files[0].Length, limit, cancellationToken).ConfigureAwait(false);
            workbook = XlsxRegisterReader.ReadWorkbook(new MemoryStream(bytes));
        }
        else if (IsWorkbookType(request.ContentType))
        {
            var bytes = await RequestBody.ReadAsync(request.Body, request.ContentLength, limit, cancellationToken).ConfigureAwait(false);
            workbook = XlsxRegisterReader.ReadWorkbook(new MemoryStream(bytes));
        }
        else
        {
            return Problems.UnsupportedContent();
        }
        var findings = RegisterRules.Check(workbook.Registers);
        var counts = FindingCounts.Of(findings);
        return TypedResults.Ok(new ValidateResult(FindingView.From(findings, workbook.Layout), counts.Errors, counts.Warnings,
            RegisterSummary.Of(workbook.Registers)));
    }

    private static bool IsWorkbookType(string? contentType) =>
        contentType is not null && (contentType.StartsWith(XlsxType, StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase));
}
