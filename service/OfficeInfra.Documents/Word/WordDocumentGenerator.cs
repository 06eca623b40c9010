using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Word;

/// <summary>Job descriptions (one per role) and SOPs (one per process) from the templates of a <see cref="TemplateSet"/>.</summary>
public sealed class WordDocumentGenerator(TemplateSet templates) : IDocumentSource
{
    private readonly TemplateSet _templates = templates;

    /// <inheritdoc />
    public int Count(CheckedRegisters registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return registers.Registers.Roles.Count + registers.Registers.Processes.Count;
    }

    /// <inheritdoc />
    public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return registers.Registers.Roles.Select(r => (DocumentKind.JobDescription, r.Title.Trim()))
            .Concat(registers.Registers.Processes.Select(p => (DocumentKind.Sop, p.Name.Trim())));
    }

    /// <inheritdoc />
    public void Prepare(DocumentLanguage language)
    {
        // The two every organisation uses; the other role types' templates compile when a role first needs one.
        _templates.For(WordTemplate.JobDescription, language);
        _templates.For(WordTemplate.Sop, language);
    }

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(book);
        // Issued a batch at a time: the batch renders on every core, and progress still moves every few documents.
        return Drafts(registers.Registers).Chunk(DraftsPerBatch).SelectMany(batch => book.IssueAll(Build(batch)));
    }

    // Each batch ends with the cores waiting for its slowest document; 128 keeps that rare and the progress moving.
    private const int DraftsPerBatch = 128;

    // A batch's models are built on every core too: each reads only the shared, read-only index.
    private static DocumentDraft[] Build(Func<DocumentDraft>[] batch) => EveryCore.Map(batch, (_, draft) => draft());

    // One function per document, in register order; the templates are looked up here, once and in order.
    private IEnumerable<Func<DocumentDraft>> Drafts(RegisterSet registers)
    {
        var index = new RegisterIndex(registers);
        var language = registers.Settings.DocumentLanguage;
        var words = index.Words;
        foreach (var role in registers.Roles)
        {
            // Each role type gets its own document: an intern an internship description, a volunteer a role
            // description with no employment wording, an outsourced firm or freelancer a service scope.
            var template = _templates.For(TemplateSet.ForRole(role.RoleType), language);
            yield return () =>
            {
                var model = JobDescriptionModel.Build(index, role);
                // A job description is owned by the head of its department; the department's approver approves it.
                var department = index.DepartmentOf(role.Department);
                var owner = DepartmentModel.Text(department?.Head);
                var approver = DepartmentModel.Text(department?.ApprovedBy);
                return new DocumentDraft(DocumentKind.JobDescription, role.Department.Trim(), role.Title.Trim(), owner, approver,
                    ModelHash.Of(model, owner, approver, template.Sha256), JobDescriptionWording.Facts(model, owner, approver, template.Sha256,
                        [.. JobDescriptionModel.Covered(index, role).Select(g => g.Task.Id.Trim())]),
                    JobDescriptionWording.For(language), control => template.Render(ControlModel.With(model, index.Disclosure.Shown(control, role.Department)),
                        new DocumentProperties(role.Title.Trim(), words.RoleDocumentTypes[role.RoleType], role.Department.Trim(), control)));
            };
        }
        var sop = _templates.For(WordTemplate.Sop, language);
        foreach (var process in registers.Processes)
        {
            yield return () =>
            {
                var model = SopModel.Build(index, process);
                var owner = DepartmentModel.Text(process.Owner);
                var approver = DepartmentModel.Text(process.ApprovedBy);
                return new DocumentDraft(DocumentKind.Sop, process.Department.Trim(), process.Name.Trim(), owner, approver,
                    ModelHash.Of(model, owner, approver, sop.Sha256), SopWording.Facts(model, approver, sop.Sha256),
                    SopWording.For(language), control => sop.Render(ControlModel.With(model, index.Disclosure.Shown(control, process.Department)),
                        new DocumentProperties(process.Name.Trim(), words.SopDocumentType, process.Department.Trim(), control)));
            };
        }
    }
}
