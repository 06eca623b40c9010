using System.Security.Cryptography;
using System.Text;
using OfficeInfra.Documents;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Http.LibraryRuns;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// Stands in for the library: one "job description" per role, written into a local target's folder, with progress
/// reported step by step. A test can hold every run at its first step with <see cref="Hold"/>.
/// </summary>
internal sealed class FakeLibraryRunner : ILibraryRunner
{
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeLibraryRunner() => _release.SetResult();

    public List<LibraryRun> Runs { get; } = [];

    public List<ILibraryTarget> Targets { get; } = [];

    /// <summary>From now on, runs wait after their first progress report until <see cref="Release"/>.</summary>
    public void Hold() => _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public async Task<LibraryRunResult> RunAsync(LibraryRun run, ILibraryTarget target, IProgress<WorkProgress> progress, CancellationToken cancellationToken)
    {
        lock (Runs)
        {
            Runs.Add(run);
            Targets.Add(target);
        }
        var documents = run.Registers.Registers.Roles.Select(r =>
        {
            var content = Encoding.UTF8.GetBytes($"job description of {r.Title} as of {run.AsOf:yyyy-MM-dd}");
            return new DocumentSpec(DocumentKind.JobDescription, r.Department, r.Title, $"{r.Department}/Job Descriptions/{r.Title}.docx",
                Convert.ToHexStringLower(SHA256.HashData(content)), content);
        }).ToList();
        var total = documents.Count + 1;
        progress.Report(new WorkProgress(0, total));
        await _release.Task.WaitAsync(cancellationToken);
        for (var i = 0; i < documents.Count; i++)
        {
            if (run.Apply && target is LocalLibraryTarget local)
            {
                var path = Path.Combine(local.Root, Path.Combine(documents[i].Path.Split('/')));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, documents[i].Content, cancellationToken);
            }
            progress.Report(new WorkProgress(i + 1, total, documents[i].Path));
            await Task.Yield();
        }
        progress.Report(new WorkProgress(total, total));
        var plan = new LibraryPlan(
            run.Registers.Registers.Departments.Select(d => d.Name).ToList(),
            documents.Select(d => new PlannedDocument(d.Path, DocumentChange.New)).ToList(),
            [new PlannedPermissions("Ops", true, [new Grant("ops-owners@contoso.com", GrantRole.Owner)], [], [])]);
        return new LibraryRunResult(plan, new DesiredLibrary([], documents), run.Apply);
    }
}
