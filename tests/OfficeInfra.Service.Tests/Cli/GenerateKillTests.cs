using System.Globalization;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;
using Xunit.Abstractions;

namespace OfficeInfra.Service.Tests.Cli;

/// <summary>
/// The real CLI, killed with SIGKILL at seeded random moments while it updates a library from workbook A to B. After
/// every kill the library is either exactly A, or carries the product's journal and the next run's first step (reading
/// the library, which recovers) turns it into exactly B; the user's files never change; and a normal run afterwards
/// gives the documents a clean generation from B gives. <c>OFFICEINFRA_KILL_RUNS=200</c> runs many more kills
/// (<c>OFFICEINFRA_KILL_SEED</c> picks the seed).
/// </summary>
public sealed class GenerateKillTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan RunBound = TimeSpan.FromMinutes(2);
    private readonly TempFolder _folder = new();
    private Timeline _timeline = new(null, null, null, TimeSpan.FromSeconds(1));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_KilledAtRandomPoints_LibraryIsTheOldOneOrRecoversToTheNewOne()
    {
        var runs = EnvironmentNumber("OFFICEINFRA_KILL_RUNS", 12);
        var random = new Random(EnvironmentNumber("OFFICEINFRA_KILL_SEED", 20261201));
        var (workbookA, workbookB) = KillScenario.Workbooks(_folder);
        var original = _folder.File("a");
        (await CliRun.Of("generate", workbookA, "--out", original, "--as-of", KillScenario.AsOf)).ExitCode.Should().Be(0);
        var userFiles = AddUserFiles(original);
        var oldLibrary = LibraryState.Read(original, ignoreManifestTime: false);

        // One uninterrupted run A → B, watched from outside: when staging starts, when the journal appears, when it ends.
        var expected = _folder.File("b-expected");
        Copy(original, expected);
        using (var measured = CliProcess.Start("generate", workbookB, "--out", expected, "--as-of", KillScenario.AsOf))
        {
            var timeline = await Task.Run(() => Watch(measured, expected, plan: null));
            (await measured.WaitAsync(RunBound)).Should().Be(0, measured.Output);
            _timeline = timeline;
        }
        var newLibrary = LibraryState.Read(expected, ignoreManifestTime: true);
        newLibrary.SameAs(LibraryState.Read(original, ignoreManifestTime: true)).Should().BeFalse("B must change the library");
        var cleanB = _folder.File("b-clean");
        (await CliRun.Of("generate", workbookB, "--out", cleanB, "--as-of", KillScenario.AsOf)).ExitCode.Should().Be(0);
        var cleanDocuments = LibraryState.Read(cleanB, ignoreManifestTime: true).Files(p => p != "manifest.json");
        // Documents are controlled (SPEC §3a): updating A to B gives B's documents at version 2 with a history row, so a
        // clean B has the same documents by path, not by bytes; the uninterrupted update is what every killed run must reach.
        newLibrary.Entries.Keys.Should().Contain(cleanDocuments.Keys, "updating A to B gives every document of B");
        output.WriteLine($"Measured run: {_timeline}");

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var library = _folder.File("run");
        for (var run = 0; run < runs; run++)
        {
            var plan = Plan(random, run);
            Copy(original, library);
            using var cli = CliProcess.Start("generate", workbookB, "--out", library, "--as-of", KillScenario.AsOf);
            var seen = await Task.Run(() => Watch(cli, library, plan));
            var exit = await cli.WaitAsync(RunBound);
            var because = $"run {run}, {plan}, {seen}, exit {exit}";

            exit.Should().BeOneOf([0, 137], $"it finished or was killed ({because}): {cli.Output}");
            var outcome = await Judge(library, exit, oldLibrary, newLibrary, because);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            foreach (var (path, hash) in userFiles)
            {
                LibraryState.Read(library, false).Entries.Should().Contain(path, hash, $"the user's file is untouched ({because})");
            }

            var rerun = await CliRun.Of("generate", workbookB, "--out", library, "--as-of", KillScenario.AsOf);
            rerun.ExitCode.Should().Be(0, rerun.Error);
            var final = LibraryState.Read(library, ignoreManifestTime: true);
            final.SameAs(newLibrary).Should().BeTrue($"a normal run after the kill gives B: {final.DifferencesFrom(newLibrary)} ({because})");
            final.Entries.Keys.Should().Contain(cleanDocuments.Keys);
            Directory.Exists(Path.Combine(library, LibraryState.WorkFolder)).Should().BeFalse();
        }
        output.WriteLine($"{runs} kills: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
    }

    /// <summary>
    /// Says what the kill left (and fails if it left anything but A, or a journal that recovers to B), recovers the
    /// way the next run starts, and checks the result. Returns where the kill landed.
    /// </summary>
    private static async Task<string> Judge(string library, int exit, LibraryState oldLibrary, LibraryState newLibrary, string because)
    {
        var work = Path.Combine(library, LibraryState.WorkFolder);
        var journal = File.Exists(Path.Combine(work, "journal.json"));
        var onDisk = LibraryState.Read(library, ignoreManifestTime: false);
        string outcome;
        if (exit == 0)
        {
            outcome = "after finish";
            journal.Should().BeFalse(because);
            LibraryState.Read(library, true).SameAs(newLibrary).Should().BeTrue(because);
        }
        else if (journal)
        {
            // Committed: files may be part old, part new on disk right now; the next run's first step rolls forward.
            outcome = onDisk.SameAs(oldLibrary) ? "during commit (journal written, nothing moved yet)" : "during commit (mid roll-forward)";
        }
        else if (onDisk.SameAs(oldLibrary))
        {
            outcome = Directory.Exists(Path.Combine(work, "staging")) ? "during staging" : "before staging";
        }
        else
        {
            LibraryState.Read(library, true).SameAs(newLibrary).Should().BeTrue(
                $"without a journal the library must be A or already B: {onDisk.DifferencesFrom(oldLibrary)} ({because})");
            outcome = Directory.Exists(work) ? "during commit (clearing up after roll-forward)" : "after commit, before exit";
        }

        // What the next run does first: read the library, which finishes or discards the interrupted run.
        await new LocalLibraryTarget(library).ReadAsync();
        Directory.Exists(work).Should().BeFalse($"recovery clears the work folder ({because})");
        if (exit == 0 || journal || !onDisk.SameAs(oldLibrary))
        {
            var recovered = LibraryState.Read(library, ignoreManifestTime: true);
            recovered.SameAs(newLibrary).Should().BeTrue($"recovery gives exactly B, never a mix: {recovered.DifferencesFrom(newLibrary)} ({because})");
        }
        else
        {
            var recovered = LibraryState.Read(library, ignoreManifestTime: false);
            recovered.SameAs(oldLibrary).Should().BeTrue($"an uncommitted run leaves exactly A: {recovered.DifferencesFrom(oldLibrary)} ({because})");
        }
        return outcome;
    }

    /// <summary>
    /// Where run <paramref name="run"/> aims: a third anywhere in the measured run, a third inside staging, a third
    /// inside the roll-forward (anchored on what appears on disk, since start-up time varies from run to run).
    /// </summary>
    private KillPlan Plan(Random random, int run)
    {
        var staging = _timeline.Staging ?? _timeline.End;
        var journal = _timeline.Journal ?? _timeline.End;
        var rolledForward = _timeline.JournalGone ?? _timeline.End;
        return (run % 3) switch
        {
            0 => new KillPlan(Anchor.Start, random.NextDouble() * _timeline.End * 1.05),
            1 => new KillPlan(Anchor.Staging, random.NextDouble() * Max(journal - staging, TimeSpan.FromMilliseconds(1))),
            // A little past the roll-forward as well, to catch the clearing up after it.
            _ => new KillPlan(Anchor.Journal, random.NextDouble() * 1.2 * Max(rolledForward - journal, TimeSpan.FromMilliseconds(0.5))),
        };
    }

    /// <summary>Polls the library while the process runs (sleeping until staging starts, spinning after), killing it as planned.</summary>
    private static Timeline Watch(CliProcess cli, string library, KillPlan? plan)
    {
        var staging = Path.Combine(library, LibraryState.WorkFolder, "staging");
        var journal = Path.Combine(library, LibraryState.WorkFolder, "journal.json");
        TimeSpan? sawStaging = null, sawJournal = null, sawJournalGone = null;
        while (!cli.HasExited && cli.Started.Elapsed < RunBound)
        {
            var now = cli.Started.Elapsed;
            sawStaging ??= Directory.Exists(staging) ? now : null;
            var journalThere = File.Exists(journal);
            sawJournal ??= journalThere ? now : null;
            sawJournalGone ??= sawJournal is not null && !journalThere ? now : null;
            var anchor = plan?.Anchor switch
            {
                Anchor.Start => TimeSpan.Zero,
                Anchor.Staging => sawStaging,
                Anchor.Journal => sawJournal,
                _ => null,
            };
            if (anchor is { } at && now >= at + plan!.Delay)
            {
                cli.Kill();
                break;
            }
            if (sawStaging is null)
            {
                Thread.Sleep(1);
            }
            else
            {
                Thread.SpinWait(20);
            }
        }
        return new Timeline(sawStaging, sawJournal, sawJournalGone, cli.Started.Elapsed);
    }

    private static Dictionary<string, string> AddUserFiles(string library)
    {
        var department = Directory.EnumerateDirectories(library).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!;
        File.WriteAllText(Path.Combine(library, department, KillScenario.RecordsFile), "minutes the records manager keeps");
        File.WriteAllText(Path.Combine(library, department, KillScenario.LooseFile), "HR's own draft");
        var state = LibraryState.Read(library, false);
        return new[] { KillScenario.RecordsFile, KillScenario.LooseFile }
            .ToDictionary(f => $"{department}/{f}", f => state.Entries[$"{department}/{f}"], StringComparer.Ordinal);
    }

    private static void Copy(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static int EnvironmentNumber(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    private enum Anchor { Start, Staging, Journal }

    private sealed record KillPlan(Anchor Anchor, TimeSpan Delay)
    {
        public override string ToString() => $"kill {Delay.TotalMilliseconds:F1} ms after {Anchor}";
    }

    private sealed record Timeline(TimeSpan? Staging, TimeSpan? Journal, TimeSpan? JournalGone, TimeSpan End)
    {
        public override string ToString() =>
            $"saw staging at {Ms(Staging)}, journal at {Ms(Journal)}, journal gone at {Ms(JournalGone)}, stopped at {Ms(End)}";

        private static string Ms(TimeSpan? t) => t is { } v ? v.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms" : "-";
    }
}
