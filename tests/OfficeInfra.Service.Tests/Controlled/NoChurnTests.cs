using System.Text.Json.Nodes;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Controlled;

/// <summary>SPEC §3a: a document's bytes, version and dates change only when what it says changes.</summary>
public sealed class NoChurnTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RegisterSet _registers = SyntheticOrganisation.Create(roles: 36, tasks: 120, processes: 12);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_UnchangedRegistersLaterDate_ChangesNoDocumentVersionsStayOne()
    {
        var library = new ControlledLibrary(_folder.File("lib"));
        await library.GenerateAsync(_registers, "2025-01-31");
        var first = library.Files();

        var second = await library.GenerateAsync(_registers, "2025-03-01");

        second.Plan.Documents.Should().OnlyContain(d => d.Change == DocumentChange.Unchanged);
        ControlledLibrary.Changed(first, library.Files()).Should().BeEmpty();
        var records = library.Records().Values.ToList();
        records.Should().HaveCount(first.Count);
        records.Should().OnlyContain(r => (int)r["version"]! == 1 && (string)r["effectiveDate"]! == "2025-01-31"
            && (string)r["reviewDate"]! == "2026-01-31");
        records.Select(r => (string)r["id"]!).Should().OnlyHaveUniqueItems();
        records.Where(r => (string)r["kind"]! == "job-description").Select(r => (string)r["id"]!)
            .Should().OnlyContain(id => id.StartsWith("JD-", StringComparison.Ordinal)).And.Contain("JD-0001").And.Contain("JD-0036");
    }

    [Fact]
    public async Task Generate_TaskAddedToProcess_OnlyItsJobDescriptionAndSopChangeTheChartsStayByteIdentical()
    {
        var library = new ControlledLibrary(_folder.File("lib"));
        await library.GenerateAsync(_registers, "2025-01-31");
        var first = library.Files();
        var process = _registers.Processes[2];
        var role = _registers.Roles.First(r => r.Department == process.Department);
        var steps = _registers.Tasks.Count(t => t.Process == process.Name);
        var added = new TaskItem("T-9001", "Book the courier collection", process.Department, role.Title, process.Name,
            (steps + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Weekly");

        var second = await library.GenerateAsync(_registers with { Tasks = [.. _registers.Tasks, added] }, "2025-03-01");

        var records = library.Records();
        var jd = records.Values.Single(r => (string)r["kind"]! == "job-description" && (string)r["subject"]! == role.Title);
        var sop = records.Values.Single(r => (string)r["kind"]! == "sop" && (string)r["subject"]! == process.Name);
        var now = library.Files();
        ControlledLibrary.Changed(first, now).Should().BeEquivalentTo([(string)jd["path"]!, (string)sop["path"]!],
            "a chart shows the reporting structure, which a task leaves as it was");
        var charts = records.Values.Where(r => (string)r["kind"]! == "org-chart").ToList();
        charts.Should().HaveCount(1 + _registers.Departments.Count).And
            .OnlyContain(r => (int)r["version"]! == 1 && first[(string)r["path"]!].SequenceEqual(now[(string)r["path"]!]));
        foreach (var changed in new[] { jd, sop })
        {
            ((int)changed["version"]!).Should().Be(2);
            ((string)changed["effectiveDate"]!).Should().Be("2025-03-01");
            var history = (JsonArray)changed["history"]!;
            history.Should().HaveCount(2);
            ((string)history[0]!["change"]!).Should().Contain("Task 'Book the courier collection' added");
            ((string)history[1]!["change"]!).Should().Be("First issue");
        }
        records.Values.Where(r => r != jd && r != sop)
            .Should().OnlyContain(r => (int)r["version"]! == 1 && (string)r["effectiveDate"]! == "2025-01-31");
        second.Plan.Documents.Count(d => d.Change == DocumentChange.Changed).Should().Be(2);
    }
}
