using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Publishing.Tests.Records;

/// <summary>What the records say of each department folder once a plan is applied: found by the folder's department.</summary>
public sealed class LibraryRecordsAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly Grant Members = new("Finance Members", GrantRole.Write);
    private static readonly Grant Auditors = new("Auditors", GrantRole.Read);
    private static readonly Grant Guests = new("Guests", GrantRole.Read);

    // The department's folder has moved (a parent department was added): the same department at a new path.
    private static readonly FolderSpec Moved = new("Accounting", "Finance/Accounting", AccessLevel.Confidential, [Members]);

    private static readonly LibraryRecords Before = LibraryRecords.Empty with
    {
        Folders = [new RecordedFolder(" accounting", "Accounting", "Confidential", [RecordedGrant.Of(Auditors)], [RecordedGrant.Of(Auditors)])],
    };

    [Fact]
    public void After_RunStoppedBeforeThePermissions_KeepsWhatTheDepartmentWasGivenAtItsOldPath()
    {
        var plan = new LibraryPlan([], [], [new PlannedPermissions(Moved.Path, true, [Members], [], []) { Department = Moved.Department }]);

        var records = LibraryRecords.After(plan, new DesiredLibrary([Moved], []), Now, Before, permissionsApplied: false);

        var folder = records.Folders.Should().ContainSingle().Subject;
        folder.Path.Should().Be("Finance/Accounting");
        folder.Given().Should().BeEquivalentTo([Members, Auditors], "a grant given before and not yet taken back stays the product's to take back");
    }

    [Fact]
    public void After_DriftKeptOnTheFolder_IsFoundByTheDepartmentNotThePath()
    {
        // The plan names the department as the registers spell it; the layout's folder spells it otherwise.
        var plan = new LibraryPlan([], [], [new PlannedPermissions("Elsewhere", false, [], [Guests], []) { Department = "ACCOUNTING " }]);

        var records = LibraryRecords.After(plan, new DesiredLibrary([Moved], []), Now, Before);

        var folder = records.Folders.Should().ContainSingle().Subject;
        folder.Held().Should().BeEquivalentTo([Members, Guests], "drift the user kept is still held");
        folder.Given().Should().BeEquivalentTo([Members], "the run finished: what the access level gives is what was given");
    }
}
