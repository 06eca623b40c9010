using System.Text.Json;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Service.Http;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Http.Jobs;

/// <summary>The generate and publish bodies are bound to the records the API documents, so the two cannot drift apart.</summary>
public sealed class RunRequestTests
{
    private static readonly string Registers = JsonRegisterWriter.Write(RegisterSetBuilder.Valid().Build());

    private static JsonElement RegistersElement() => JsonDocument.Parse(Registers).RootElement.Clone();

    [Fact]
    public void Parse_DocumentedPublishBody_CarriesEveryField()
    {
        var body = new PublishApi.PublishBody(RegistersElement(), new PublishTarget(" https://contoso.sharepoint.com/sites/hr ", "  "), DryRun: true,
            AsOf: "2026-03-04", PruneDocuments: true, PrunePermissions: true, ConfirmPlan: " abc ", RecordsPlan: true, OverwriteEdited: true);

        var run = RunRequest.Parse(JobKind.Publish, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

        run.Registers.Roles.Should().ContainSingle(r => r.Title == "Boss");
        run.AsOf.Should().Be(new DateOnly(2026, 3, 4));
        run.Target.Should().Be(new PublishTarget("https://contoso.sharepoint.com/sites/hr", null));
        run.ConfirmPlan.Should().Be("abc");
        (run.DryRun, run.PruneDocuments, run.PrunePermissions, run.RecordsPlan, run.OverwriteEdited).Should().Be((true, true, true, true, true));
    }

    [Fact]
    public void Parse_DocumentedGenerateBody_CarriesEveryField()
    {
        var body = new GenerateApi.GenerateBody(RegistersElement(), "2026-03-04", JsonDocument.Parse("{\"documents\": []}").RootElement, RecordsPlan: true);

        var run = RunRequest.Parse(JobKind.Generate, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

        run.AsOf.Should().Be(new DateOnly(2026, 3, 4));
        JsonDocument.Parse(run.Records!).RootElement.GetProperty("documents").GetArrayLength().Should().Be(0);
        run.RecordsPlan.Should().BeTrue();
    }

    [Fact]
    public void Parse_NamesInAnyCaseAndFlagsSentAsNull_AreReadAsBefore()
    {
        var run = RunRequest.Parse(JobKind.Publish, $"{{\"Registers\": {Registers}, \"DRYRUN\": true, \"pruneDocuments\": null, \"asOf\": null}}");

        run.DryRun.Should().BeTrue();
        run.PruneDocuments.Should().BeFalse();
        run.AsOf.Should().Be(DateOnly.FromDateTime(DateTime.UtcNow));
    }

    [Theory]
    [InlineData("{\"registers\": ", "The request is not valid JSON (line 1, position")]
    [InlineData("[]", "The request needs a 'registers' object")]
    [InlineData("{\"asOf\": \"2026-12-01\"}", "The request needs a 'registers' object")]
    [InlineData("{\"registers\": [], \"asOf\": \"2026-12-01\"}", "The request needs a 'registers' object")]
    [InlineData("{\"registers\": %R%, \"asOf\": \"1 December\"}", "'asOf' must be a date written YYYY-MM-DD")]
    [InlineData("{\"registers\": %R%, \"asOf\": 20261201}", "'asOf' must be a date written YYYY-MM-DD")]
    [InlineData("{\"registers\": %R%, \"dryRun\": \"yes\"}", "The request's 'dryRun' is not of the type the API documents")]
    public void Parse_MalformedPublish_SaysWhatIsWrongInOneSentence(string json, string message)
    {
        var act = () => RunRequest.Parse(JobKind.Publish, json.Replace("%R%", Registers, StringComparison.Ordinal));

        act.Should().Throw<OfficeInfraException>().Which.Should().Match<OfficeInfraException>(e =>
            e.Kind == ErrorKind.UnreadableInput && e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_GenerateWithRecordsNotAnObject_SaysWhatRecordsMustBe()
    {
        var act = () => RunRequest.Parse(JobKind.Generate, $"{{\"registers\": {Registers}, \"records\": \"manifest.json\"}}");

        act.Should().Throw<OfficeInfraException>().WithMessage("'records' must be the object a previous generate job returned (its manifest.json).");
    }
}
