using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>Job descriptions (one per role) and SOPs (one per process) from the templates of a <see cref="TemplateSet"/>.</summary>
public sealed class WordDocumentGenerator(TemplateSet templates) : IDocumentSource
{
    private readonly TemplateSet _templates = templates;

    /// <inheritdoc />
    public int Count(RegisterSet registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return registers.Roles.Count + registers.Processes.Count;
    }

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(registers);
        return Documents(registers, asOf);
    }

    private IEnumerable<GeneratedDocument> Documents(RegisterSet registers, DateOnly asOf)
    {
        var index = new RegisterIndex(registers);
        foreach (var role in registers.Roles)
        {
            var model = JobDescriptionModel.Build(index, role, asOf);
            yield return new GeneratedDocument(DocumentKind.JobDescription, role.Department.Trim(), role.Title.Trim(),
                _templates.JobDescription.Render(model));
        }
        foreach (var process in registers.Processes)
        {
            var model = SopModel.Build(index, process, asOf);
            yield return new GeneratedDocument(DocumentKind.Sop, process.Department.Trim(), process.Name.Trim(),
                _templates.Sop.Render(model));
        }
    }
}
