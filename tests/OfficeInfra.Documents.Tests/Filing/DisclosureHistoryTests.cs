using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Documents.Tests.Control;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Documents.Tests.Filing;

/// <summary>
/// History rows written while a department was open name its roles and holders; once it is Confidential or
/// Restricted, a document outside it prints each such row as withheld, while the records keep it as written.
/// </summary>
public sealed class DisclosureHistoryTests
{
    private const string Legal = "Legal Compliance";

    private static RegisterSet WithLegal(RegisterSet registers, string access) =>
        registers with { Departments = [.. registers.Departments.Select(d => d.Name == Legal ? d with { Access = access } : d)] };

    [Fact]
    public void OrganisationDeck_DepartmentHiddenAfterItsLawyerWentVacant_TheRowNamingTheLawyerIsWithheld()
    {
        var open = WithLegal(SampleOrganisation.Create(), "Internal");
        var vacant = open with { Roles = [.. open.Roles.Select(r => r.Title == "Lawyer" ? r with { Status = "Vacant", Holder = null } : r)] };
        var first = Revisions.Run(open, Revisions.First);
        var second = Revisions.Run(vacant, Revisions.Second, first);

        var third = Revisions.Run(WithLegal(vacant, "Restricted"), new DateOnly(2025, 4, 1), second);

        var deck = third.Single(d => d.Kind == DocumentKind.OrgChart && d.Department is null);
        var recorded = deck.Record!.Control!.History;
        recorded.Should().Contain(r => r.Version == 2 && r.Change.Contains("Lawyer", StringComparison.Ordinal), "the records keep the row as written");
        var printed = DeckView.Open(deck.Content).Slides[0].Tables.Single(t => t.Name == "Revision history").Rows.Skip(1).Select(r => r[2]).ToList();
        printed.Should().Contain(Disclosure.WithheldRow).And.NotContain(r => r.Contains("Lawyer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Task 'Submit the returns' added", false)]
    [InlineData("Task 'Coordinate stock' added", false)]
    [InlineData("Reports to changed from COO to CEO", true)]
    [InlineData("IT: holder changed from Wei Zhang to Sam Lee", true)]
    [InlineData("\u201CIT\u201D pozisyonu boşaldı", true)]
    [InlineData("岗位\u201CIT\u201D现已空缺", true)]
    [InlineData("现由张伟担任", true)]
    [InlineData("Şirket COO'su değişti", true)]
    public void Shown_RowInARootDocument_WithheldOnlyWhereAHiddenNameStandsAsAWord(string row, bool withheld)
    {
        var registers = new RegisterSet("Contoso",
            Departments: [new Department("Executive", Access: "Restricted"), new Department("Sales", Access: "Public")],
            Roles: [new Role("COO", "Executive", Holder: "Ann Lee"), new Role("IT", "Executive", Holder: "张伟"), new Role("Clerk", "Sales", Holder: "Bo")],
            Tasks: [], Processes: []);
        var control = new DocumentControl("ORG-0001", 2, new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 1), "Contoso", string.Empty,
            [new RevisionEntry(2, new DateOnly(2025, 3, 1), row), new RevisionEntry(1, new DateOnly(2025, 1, 31), "First issue")]);

        var printed = Disclosure.Of(registers).Shown(control, null).History[0].Change;

        printed.Should().Be(withheld ? Disclosure.WithheldRow : row);
    }
}
