using System.Text;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Http.LibraryRuns;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>The real <see cref="LibraryPublisher"/> and targets, fed by a source that makes one small document per role.</summary>
internal sealed class RealLibraryRunner : ILibraryRunner
{
    public Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken)
    {
        var publisher = new LibraryPublisher([new OneDocumentPerRole()], run.Options);
        return run.Apply
            ? publisher.PublishAsync(run.Registers, run.AsOf, target, progress, cancellationToken)
            : publisher.PlanAsync(run.Registers, run.AsOf, target, progress, cancellationToken);
    }

    private sealed class OneDocumentPerRole : IDocumentSource
    {
        public int Count(CheckedRegisters registers) => registers.Registers.Roles.Count;

        public IEnumerable<(DocumentKind Kind, string Key)> Keys(CheckedRegisters registers) => [];

        public IEnumerable<GeneratedDocument> Generate(CheckedRegisters registers, ControlBook book) => registers.Registers.Roles.Select(r =>
            new GeneratedDocument(DocumentKind.JobDescription, r.Department, r.Title, Encoding.UTF8.GetBytes($"{r.Title} {book.AsOf:yyyy-MM-dd}")));
    }
}
