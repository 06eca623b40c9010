using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents;

/// <summary>
/// Something that turns registers into documents: the Word generator (job descriptions and SOPs) and the org chart
/// generator each implement it, and the library generation runs every source it is given. Sources take only
/// <see cref="CheckedRegisters"/>: registers the rules found no error in, so no source checks them again.
/// </summary>
public interface IDocumentSource
{
    /// <summary>
    /// Does ahead the work that depends only on the organisation's language (the Word generator compiles its
    /// templates), so that a host can start it on a spare core while the rules check the registers. Generation never
    /// depends on it having run.
    /// </summary>
    void Prepare(DocumentLanguage language)
    {
    }

    /// <summary>How many documents <see cref="Generate(CheckedRegisters, ControlBook)"/> will yield for these registers (feeds progress bars).</summary>
    int Count(CheckedRegisters registers);

    /// <summary>The key of every document the source makes for these registers (see <see cref="DocumentDraft.Key"/>).</summary>
    IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers);

    /// <summary>
    /// Yields the documents one by one (lazily, so callers can report progress and stream them to disk), each
    /// controlled by <paramref name="book"/>. The same registers, templates and previous records always give
    /// byte-identical documents, whatever the run's date.
    /// </summary>
    IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book);

    /// <summary>
    /// As <see cref="Generate(CheckedRegisters, ControlBook)"/>, stopping with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancellationToken"/> is cancelled, also inside a long document (a job's timeout or cancel).
    /// Sources that finish each document quickly need not override it.
    /// </summary>
    IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book, CancellationToken cancellationToken) =>
        Generate(registers, book);
}
