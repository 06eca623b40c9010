using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>Runs the real generators twice, the second run following on from the first's records, as a library does.</summary>
internal static class Revisions
{
    public static readonly DateOnly First = new(2025, 1, 31), Second = new(2025, 3, 1);

    public static IReadOnlyList<GeneratedDocument> Run(RegisterSet registers, DateOnly asOf, IEnumerable<GeneratedDocument>? previous = null,
        TemplateSet? templates = null)
    {
        IDocumentSource[] sources = [new WordDocumentGenerator(templates ?? TemplateSet.Default()), new OrgChartGenerator()];
        var book = new ControlBook(asOf, previous?.Select(d => d.Record!), null, sources.SelectMany(s => s.Keys(registers)));
        return [.. sources.SelectMany(s => s.Generate(registers, book))];
    }

    /// <summary>The second version of one document after the registers went from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static GeneratedDocument Revise(RegisterSet before, RegisterSet after, DocumentKind kind, string subject, TemplateSet? templates = null)
    {
        var first = Run(before, First);
        return Run(after, Second, first, templates).Single(d => d.Kind == kind && d.Subject == subject);
    }

    /// <summary>What the newest history row of that document says.</summary>
    public static string Change(RegisterSet before, RegisterSet after, DocumentKind kind, string subject) =>
        Revise(before, after, kind, subject).Record!.Control!.History[0].Change;
}
