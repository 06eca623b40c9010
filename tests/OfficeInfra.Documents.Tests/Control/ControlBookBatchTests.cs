using FluentAssertions;
using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Model;
using Xunit;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>
/// Documents render on every core, but a document's ID, version and history must never depend on which rendering
/// finished first: a batch is issued exactly as the same drafts issued one at a time.
/// </summary>
public sealed class ControlBookBatchTests
{
    private static readonly DateOnly First = new(2026, 1, 5);

    [Fact]
    public void IssueAll_RenderingsFinishingInAnyOrder_GiveTheIdsAndBytesOfIssuingOneByOne()
    {
        var drafts = Enumerable.Range(1, 40).Select(i => Draft($"Role {i}", model: "v1", delayMs: (i * 7) % 5)).ToList();

        var batch = new ControlBook(First).IssueAll(drafts);
        var oneByOne = drafts.Select(new ControlBook(First).Issue).ToList();

        batch.Select(d => d.Record!.Control!.Id).Should().Equal(oneByOne.Select(d => d.Record!.Control!.Id));
        batch.Select(d => d.Record!.Control!.Id).Should().Equal(Enumerable.Range(1, 40).Select(i => $"JD-{i:D4}"));
        batch.Select(d => d.Content).Should().BeEquivalentTo(oneByOne.Select(d => d.Content), o => o.WithStrictOrdering());
    }

    [Fact]
    public void IssueAll_NextRunWithSomeChanged_KeepsTheUnchangedAndVersionsTheChangedOnly()
    {
        var first = new ControlBook(First).IssueAll(Enumerable.Range(1, 20).Select(i => Draft($"Role {i}", "v1", 0)).ToList());
        var later = First.AddMonths(2);
        var drafts = Enumerable.Range(1, 20).Select(i => Draft($"Role {i}", i % 3 == 0 ? "v2" : "v1", i % 4)).Append(Draft("Role 21", "v1", 1)).ToList();

        var next = new ControlBook(later, first.Select(d => d.Record!)).IssueAll(drafts);

        next.Take(20).Select(d => (d.Record!.Control!.Version, d.Record.Control.Effective)).Should().Equal(
            Enumerable.Range(1, 20).Select(i => i % 3 == 0 ? (2, later) : (1, First)));
        next[^1].Record!.Control!.Id.Should().Be("JD-0021", "a new document takes the next free ID after every kept one");
    }

    private static DocumentDraft Draft(string subject, string model, int delayMs) =>
        new(DocumentKind.JobDescription, "Ops", subject, "Boss", string.Empty, ModelHash.Of(model, subject),
            new Dictionary<string, string> { ["title"] = subject, ["model"] = model }, Wording.Instance,
            control =>
            {
                Thread.Sleep(delayMs);
                return System.Text.Encoding.UTF8.GetBytes($"{subject}|{model}|{control.Id}|{control.Version}|{control.Effective:O}");
            });

    private sealed class Wording : IChangeWording
    {
        public static readonly Wording Instance = new();

        public bool IsAnchor(string key) => false;

        public string? Describe(FactChange change) => $"{change.Key} changed";
    }
}
