using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Delegation;

/// <summary>
/// The delegation report, <c>Delegation.xlsx</c> at the library root, made for every library: the tasks done today
/// by someone other than the role that should do them, who does them by frequency, and the vacant roles with who
/// covers their tasks (<see cref="DelegationWorkbook"/>), in the organisation's language. It sits beside the other
/// organisation-wide documents and is read by whoever reads the library root, so it leaves out what those documents
/// leave out: every task, role and vacancy of a Confidential or Restricted department (<see cref="OrganisationWide"/>).
/// </summary>
public sealed class DelegationReportGenerator : IDocumentSource
{
    /// <summary>The subject of the report (one per library).</summary>
    public const string Subject = "Delegation";

    /// <inheritdoc />
    public int Count(CheckedRegisters registers) => 1;

    /// <inheritdoc />
    public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers) => [(DocumentKind.DelegationReport, Subject)];

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(book);
        return Generate(registers.Registers, book);
    }

    private static IEnumerable<GeneratedDocument> Generate(RegisterSet registers, ControlBook book)
    {
        var language = registers.Settings.DocumentLanguage;
        var words = DelegationWords.For(language);
        var organisation = string.IsNullOrWhiteSpace(registers.Organisation) ? OrgCharts.ChartWords.DefaultOrganisation : registers.Organisation.Trim();
        var figures = DelegationFigures.Of(OrganisationWide(registers));
        var facts = DelegationWording.Facts(figures);
        yield return book.Issue(new DocumentDraft(DocumentKind.DelegationReport, null, Subject, organisation, string.Empty,
            ModelHash.Of(figures, organisation, ProductWords.For(language).Tag), facts, DelegationWording.For(language),
            control => DelegationWorkbook.Write(figures, language, new DocumentProperties($"{organisation} · {words.DocumentType}", words.DocumentType, organisation, control))));
    }

    /// <summary>
    /// The registers as the library root may show them (<see cref="Disclosure"/>): without the tasks and roles of
    /// Confidential and Restricted departments, whose folders only their own members read. A person of such a
    /// department who does another department's task is named by their department and its access level, as that
    /// task's SOP names them.
    /// </summary>
    public static RegisterSet OrganisationWide(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var hidden = registers.Departments.Where(d => Disclosure.IsHiddenLevel(d.AccessLevel))
            .Select(d => new RegisterName(d.Name)).ToHashSet();
        if (hidden.Count == 0)
        {
            return registers;
        }
        var disclosure = Disclosure.Of(registers);
        return registers with
        {
            Roles = [.. registers.Roles.Where(r => !hidden.Contains(r.Department))],
            Tasks = [.. registers.Tasks.Where(t => !hidden.Contains(t.Department))
                .Select(t => string.IsNullOrWhiteSpace(t.CurrentlyDoneBy) ? t : t with { CurrentlyDoneBy = disclosure.Name(t.CurrentlyDoneBy, null) })],
        };
    }
}
