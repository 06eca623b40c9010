using System.Text;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Publishing.Tests.Support;

/// <summary>
/// Stands in for the Word and org chart generators: one small document per role, process and department plus the
/// organisation chart, whose bytes depend on the subject, the as-of date and a version the test can bump.
/// </summary>
internal sealed class FakeDocumentSource(string version = "v1") : IDocumentSource
{
    public int Count(CheckedRegisters registers) =>
        registers.Registers.Roles.Count + registers.Registers.Processes.Count + registers.Registers.Departments.Count + 1;

    public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers) => [];

    // Uncontrolled on purpose: its bytes carry the run's date, so planner and target tests see every kind of change.
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book) => Generate(registers.Registers, book.AsOf);

    public IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf)
    {
        yield return Document(DocumentKind.OrgChart, null, registers.Organisation, asOf);
        foreach (var d in registers.Departments) yield return Document(DocumentKind.OrgChart, d.Name, d.Name, asOf);
        foreach (var r in registers.Roles) yield return Document(DocumentKind.JobDescription, r.Department, r.Title, asOf);
        foreach (var p in registers.Processes) yield return Document(DocumentKind.Sop, p.Department, p.Name, asOf);
    }

    private GeneratedDocument Document(DocumentKind kind, string? department, string subject, DateOnly asOf) =>
        new(kind, department, subject, Encoding.UTF8.GetBytes($"{kind}|{subject}|{asOf:yyyy-MM-dd}|{version}"));
}
