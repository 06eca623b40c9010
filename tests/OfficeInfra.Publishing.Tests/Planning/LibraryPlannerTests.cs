using OfficeInfra.Documents;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Tests.Planning;

public sealed class LibraryPlannerTests
{
    private static readonly Grant Owner = new("owners@x", GrantRole.Owner), Member = new("team@x", GrantRole.Write);

    private static DesiredLibrary Desired(params (string Path, string Sha)[] documents) => new(
        [new FolderSpec("Ops", "Ops", Registers.Model.AccessLevel.Confidential, [Owner, Member])],
        documents.Select(d => new DocumentSpec(DocumentKind.JobDescription, "Ops", d.Path, d.Path, d.Sha, [])).ToList());

    private static LibraryPlan Plan(DesiredLibrary desired, LibrarySnapshot snapshot, bool prune = false) =>
        LibraryPlanner.Plan(desired, snapshot, new LibraryOptions { PruneDocuments = prune, PrunePermissions = prune });

    [Fact]
    public void Plan_EmptyTarget_CreatesFoldersDocumentsAndBreaksInheritance()
    {
        var plan = Plan(Desired(("Ops/Job Descriptions/Boss.docx", "aa")), LibrarySnapshot.Empty);

        plan.FoldersToCreate.Should().Equal("Ops", "Ops/Job Descriptions", "Ops/SOPs", "Ops/Records");
        plan.Documents.Select(d => (d.Path, d.Change)).Should().Equal(("Ops/Job Descriptions/Boss.docx", DocumentChange.New));
        plan.Permissions.Should().ContainSingle().Which.Should().Match<PlannedPermissions>(p =>
            p.BreakInheritance && p.Add.SequenceEqual(new[] { Owner, Member }) && p.Remove.Count == 0);
        plan.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Plan_TargetAlreadyMatching_IsEmpty()
    {
        var snapshot = new LibrarySnapshot(
            new[] { "Ops", "Ops/Job Descriptions", "Ops/SOPs", "Ops/Records" }.Select(p => new ExistingFolder(p, p != "Ops", p == "Ops" ? [Owner, Member] : [])).ToList(),
            [new ExistingDocument("ops/job descriptions/boss.docx", "AA", true)]);

        Plan(Desired(("Ops/Job Descriptions/Boss.docx", "aa")), snapshot).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("bb", true, DocumentChange.Changed)]
    [InlineData("aa", true, DocumentChange.Unchanged)]
    [InlineData("aa", false, DocumentChange.Conflict)]
    public void Plan_DocumentAlreadyThere_ComparesHashAndOwnership(string sha, bool ours, DocumentChange expected) =>
        Plan(Desired(("Ops/Job Descriptions/Boss.docx", "aa")), new LibrarySnapshot([], [new("Ops/Job Descriptions/Boss.docx", ours ? sha : null, ours)]))
            .Documents.Select(d => (d.Path, d.Change)).Should().Equal(("Ops/Job Descriptions/Boss.docx", expected));

    [Fact]
    public void Plan_EachLine_CarriesTheDocumentItWrites_AndAStaleOneNone()
    {
        var desired = Desired(("Ops/Job Descriptions/Boss.docx", "aa"));
        var snapshot = new LibrarySnapshot([], [new("Ops/Job Descriptions/Gone.docx", "cc", true)]);

        var plan = Plan(desired, snapshot);

        plan.Documents.Should().HaveCount(2);
        plan.Documents[0].Spec.Should().BeSameAs(desired.Documents[0], "the target writes what the layout made, with no look-up by path");
        plan.Documents[1].Should().Match<PlannedDocument>(d => d.Change == DocumentChange.Stale && d.Spec == null);
    }

    [Theory]
    [InlineData(false, DocumentChange.Stale)]
    [InlineData(true, DocumentChange.Delete)]
    public void Plan_OurDocumentWhoseSubjectLeft_IsStaleUnlessPruning(bool prune, DocumentChange expected)
    {
        var snapshot = new LibrarySnapshot([], [new("Ops/Job Descriptions/Gone.docx", "cc", true), new("Ops/Records/Minutes.docx", null, false)]);

        Plan(Desired(), snapshot, prune).Documents.Should().Equal(new PlannedDocument("Ops/Job Descriptions/Gone.docx", expected));
    }

    [Fact]
    public void Plan_GrantAddedByHand_IsDriftRemovedOnlyWhenPruning()
    {
        var byHand = new Grant("someone@x", GrantRole.Owner);
        var snapshot = new LibrarySnapshot([new ExistingFolder("Ops", false, [Owner, Member, byHand])], []);

        var kept = Plan(Desired(), snapshot).Permissions.Single();
        var pruned = Plan(Desired(), snapshot, prune: true).Permissions.Single();

        kept.Should().Match<PlannedPermissions>(p => !p.BreakInheritance && p.Add.Count == 0 && p.Drift.Single() == byHand && p.Remove.Count == 0);
        pruned.Remove.Should().Equal(byHand);
    }

    [Fact]
    public void Plan_ManagedPrincipalWithOldRole_SwapsTheRole()
    {
        var old = new Grant("team@x", GrantRole.Read);
        var snapshot = new LibrarySnapshot([new ExistingFolder("Ops", false, [Owner, old])], []);

        var permissions = Plan(Desired(), snapshot).Permissions.Single();

        permissions.Add.Should().Equal(Member);
        permissions.Remove.Should().Equal(old);
        permissions.Drift.Should().BeEmpty();
    }
}
