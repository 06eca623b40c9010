using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Tests;

/// <summary>
/// Document sources take only registers the rules passed, as the hosts hand them over; a test that starts from a
/// <see cref="RegisterSet"/> passes through the same rules here (and fails, naming the errors, when its registers have any).
/// </summary>
internal static class CheckedGeneration
{
    public static IEnumerable<GeneratedDocument> Generate(this IDocumentSource source, RegisterSet registers, DateOnly asOf,
        CancellationToken cancellationToken = default) => source.Generate(registers, new ControlBook(asOf), cancellationToken);

    public static IEnumerable<GeneratedDocument> Generate(this IDocumentSource source, RegisterSet registers, ControlBook book,
        CancellationToken cancellationToken = default) => source.Generate(Checked(registers), book, cancellationToken);

    public static int Count(this IDocumentSource source, RegisterSet registers) => source.Count(Checked(registers));

    public static IEnumerable<(DocumentKind Kind, string Key)> Keys(this IDocumentSource source, RegisterSet registers) =>
        source.Keys(Checked(registers));

    // Only the rules that can find errors run (as for a job another instance checked); the messages only on failure.
    private static CheckedRegisters Checked(RegisterSet registers)
    {
        try
        {
            return RegisterRules.Checked(registers);
        }
        catch (OfficeInfraException)
        {
            throw new InvalidOperationException("The test's registers have errors: " + string.Join(" | ",
                RegisterRules.Check(registers).Where(f => f.Severity == Severity.Error).Select(f => f.Message)));
        }
    }
}
