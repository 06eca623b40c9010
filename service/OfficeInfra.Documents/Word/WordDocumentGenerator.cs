using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>Job descriptions (one per role) and SOPs (one per process) from the templates of a <see cref="TemplateSet"/>.</summary>
public sealed class WordDocumentGenerator(TemplateSet templates) : IDocumentSource
{
    private readonly TemplateSet _templates = templates;

    /// <inheritdoc />
    public int Count(RegisterSet registers) => throw new NotImplementedException();

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf) =>
        throw new NotImplementedException();
}
