using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OfficeInfra.FakeGraph;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>The fake answers as Microsoft documents SharePoint, so tests fail for the reasons a real tenant would.</summary>
public sealed class FakeSharePointFidelityTests
{
    [Theory]
    [InlineData("Everyone except external users", HttpStatusCode.InternalServerError)]
    [InlineData("c:0-.f|rolemanager|spo-grid-all-users/00000000-0000-0000-0000-000000000001", HttpStatusCode.OK)]
    [InlineData("9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d", HttpStatusCode.InternalServerError)]
    [InlineData("c:0t.c|tenant|9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d", HttpStatusCode.OK)]
    [InlineData("c:0o.c|federateddirectoryclaimprovider|0f1e2d3c-4b5a-4968-8776-655443322110", HttpStatusCode.OK)]
    [InlineData("iletisim-ekibi@contoso.com", HttpStatusCode.InternalServerError)]
    [InlineData("i:0#.f|membership|iletisim-ekibi@contoso.com", HttpStatusCode.InternalServerError)]
    [InlineData("i:0#.f|membership|ayse.yilmaz@contoso.com", HttpStatusCode.OK)]
    [InlineData("Ayşe Yılmaz", HttpStatusCode.InternalServerError)]
    public async Task EnsureUser_LoginNamesAndClaimsOnly_NeverDisplayTitles(string logonName, HttpStatusCode expected)
    {
        await using var server = await FakeGraphServer.StartAsync(directory: TenantOrganisation.Directory());
        using var http = Client(server);

        using var response = await http.PostAsync("web/ensureuser", new StringContent($$"""{"logonName":"{{logonName}}"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task BreakRoleInheritance_WithoutCopying_OnlyTheCallerHoldsFullControl()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Library.WriteFile("Board/Job Descriptions/Chair.docx", "x"u8.ToArray());
        var item = server.Library.ByPath("Board")!;
        using var http = Client(server);

        using var response = await http.PostAsync($"web/lists(guid'{server.Library.ListId}')/items({item.ListItemId})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Library.EffectivePermissions("Board/Job Descriptions/Chair.docx").Should().Equal(("SharePoint App", "Full Control"));
        using var me = await http.GetAsync("web/currentuser");
        (await me.Content.ReadAsStringAsync()).Should().Contain("i:0i.t|ms.sp.ext|");
    }

    [Fact]
    public async Task ResponseCut_RequestCarriedOutAnswerEndsEarly()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Faults.Next(FaultKind.ResponseCut, (method, _) => method == "PUT");
        using var http = new HttpClient { BaseAddress = new Uri(server.GraphBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");

        var put = () => http.PutAsync("drives/b!fakeDriveId0001/root:/a.docx:/content", new ByteArrayContent("hello"u8.ToArray()));

        await put.Should().ThrowAsync<HttpRequestException>();
        server.Library.Files()["a.docx"].Should().Equal("hello"u8.ToArray(), "the server acted before the answer was cut");
    }

    [Fact]
    public async Task PutContent_StaleIfMatch_412AndTheFileUnchanged()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Library.WriteFile("manifest.json", "one"u8.ToArray());
        using var http = new HttpClient { BaseAddress = new Uri(server.GraphBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");
        using var put = new HttpRequestMessage(HttpMethod.Put, "drives/b!fakeDriveId0001/root:/manifest.json:/content") { Content = new ByteArrayContent("two"u8.ToArray()) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"{01ITEM000000},0\"");

        using var response = await http.SendAsync(put);

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        server.Library.Files()["manifest.json"].Should().Equal("one"u8.ToArray());
    }

    [Fact]
    public async Task PutContent_Answer_CarriesSharePointIdsOnlyWhenSelected()
    {
        await using var server = await FakeGraphServer.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.GraphBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");

        using var put = await http.PutAsync("drives/b!fakeDriveId0001/root:/a.docx:/content", new ByteArrayContent("hello"u8.ToArray()));
        using var selected = await http.GetAsync("drives/b!fakeDriveId0001/root:/a.docx:?$select=id,sharepointIds");

        (await put.Content.ReadAsStringAsync()).Should().NotContain("sharepointIds", "Graph returns it only when $select names it");
        (await selected.Content.ReadAsStringAsync()).Should().Contain("\"sharepointIds\"").And.Contain(server.Library.ListId);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public async Task ValidateUpdateListItem_AfterUpload_NewDocumentUpdateKeepsTheUploadsOneVersion(bool newDocument, int versions)
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Library.Columns["Version"] = ("Document Version", "number");
        server.Library.Columns["EffectiveDate"] = ("Effective Date", "dateTime");
        server.Library.WriteFile("a.docx", "x"u8.ToArray());
        var item = server.Library.ByPath("a.docx")!;
        using var http = Client(server);
        var body = $$"""{"formValues":[{"FieldName":"Version","FieldValue":"3"},{"FieldName":"EffectiveDate","FieldValue":"2026-01-31"}],"bNewDocumentUpdate":{{(newDocument ? "true" : "false")}}}""";

        using var response = await http.PostAsync($"web/lists(guid'{server.Library.ListId}')/items({item.ListItemId})/ValidateUpdateListItem",
            new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("\"HasException\":true");
        item.Fields["Version"].Should().Be(3.0);
        item.Fields["EffectiveDate"].Should().Be("2026-01-31T00:00:00Z");
        item.Versions.Should().HaveCount(versions);
    }

    [Fact]
    public async Task ValidateUpdateListItem_ValueTheColumnRefuses_200WithHasExceptionAndNothingCommitted()
    {
        await using var server = await FakeGraphServer.StartAsync();
        server.Library.Columns["Version"] = ("Document Version", "number");
        server.Library.WriteFile("a.docx", "x"u8.ToArray());
        var item = server.Library.ByPath("a.docx")!;
        using var http = Client(server);
        const string body = """{"formValues":[{"FieldName":"Title","FieldValue":"A"},{"FieldName":"Version","FieldValue":"one"}],"bNewDocumentUpdate":true}""";

        using var response = await http.PostAsync($"web/lists(guid'{server.Library.ListId}')/items({item.ListItemId})/ValidateUpdateListItem",
            new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"HasException\":true").And.Contain("Only numbers");
        item.Fields.Should().NotContainKey("Title", "a refused field keeps the whole update from being committed");
    }

    private static HttpClient Client(FakeGraphServer server)
    {
        var http = new HttpClient { BaseAddress = new Uri($"{server.SharePointBaseUrl}{FakeGraphServer.SitePath}/_api/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json;odata=nometadata");
        return http;
    }
}
