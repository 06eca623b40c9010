using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Documents.Workbooks;
using OfficeInfra.Registers.Journey;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// The business systems map, <c>Business Systems.xlsx</c> at the library root: each core business system with its
/// processes, owners, departments, KPIs and targets and a link to each process's SOP; processes without a system and
/// systems without a KPI flagged; and the silo report. Made only for registers with a journey, so a workbook
/// without one generates exactly the library it always did.
/// </summary>
/// <param name="sopPaths">The library path of each process's SOP (by process name), as the library lays it out; null
/// when the caller does not know the layout, and then the workbook names no SOP.</param>
public sealed class BusinessSystemsGenerator(Func<CheckedRegisters, IReadOnlyDictionary<RegisterName, string>>? sopPaths = null) : IDocumentSource
{
    /// <summary>The subject of the systems map (one per library).</summary>
    public const string Subject = "Business Systems";

    /// <inheritdoc />
    public int Count(CheckedRegisters registers) => HasJourney(registers.Registers) ? 1 : 0;

    /// <inheritdoc />
    public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers) =>
        HasJourney(registers.Registers) ? [(DocumentKind.BusinessSystems, Subject)] : [];

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(book);
        return HasJourney(registers.Registers) ? Generate(registers.Registers, sopPaths?.Invoke(registers) ?? new Dictionary<RegisterName, string>(), book) : [];
    }

    private static IEnumerable<GeneratedDocument> Generate(RegisterSet registers, IReadOnlyDictionary<RegisterName, string> sops, ControlBook book)
    {
        var journey = CustomerJourney.Of(registers);
        var organisation = string.IsNullOrWhiteSpace(registers.Organisation) ? OrgCharts.ChartWords.DefaultOrganisation : registers.Organisation.Trim();
        var language = registers.Settings.DocumentLanguage;
        var words = SystemsWords.For(language);
        var map = new SystemsMap(registers, journey, sops, words);
        var sheets = map.Sheets();
        var facts = SystemsMap.Facts(organisation, sheets);
        yield return book.Issue(new DocumentDraft(DocumentKind.BusinessSystems, null, Subject, organisation, string.Empty,
            ModelHash.Of(SystemsMap.Cells(organisation, sheets), organisation), facts, JourneyWording.For(language),
            control => TableWorkbookWriter.Write(sheets, new DocumentProperties(words.Title(organisation), words.DocumentType, organisation, control))));
    }

    private static bool HasJourney(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return registers.Journey.Any(j => !string.IsNullOrWhiteSpace(j.Stage));
    }
}
