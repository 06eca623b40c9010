using System.Security.Cryptography;
using OfficeInfra.Documents.Control;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;

namespace OfficeInfra.Publishing.Local;

/// <summary>
/// The embedded default target: the library as a folder on disk, laid out exactly as the SharePoint library, with
/// <c>manifest.json</c> recording documents, folders, access and grants, readable by the folder's owner only
/// (<see cref="PrivateFiles"/>): it names every department's documents, Restricted ones included. A failed or killed run leaves the folder as
/// it was (see <see cref="LocalJournal"/>); files we did not produce are never overwritten or deleted.
/// </summary>
public sealed class LocalLibraryTarget : ILibraryTarget
{
    private readonly Action<string>? _checkpoint;
    private readonly TimeProvider _time;
    private RecordsRead? _lastRead;

    /// <summary>A target for the library folder <paramref name="root"/> (created on the first apply).</summary>
    public LocalLibraryTarget(string root) : this(root, null, null)
    {
    }

    /// <summary>For tests: <paramref name="checkpoint"/> is called between steps, so a test can fail a run there.</summary>
    internal LocalLibraryTarget(string root, Action<string>? checkpoint, TimeProvider? time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        _checkpoint = checkpoint;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The library folder.</summary>
    public string Root { get; }

    /// <summary>
    /// The records to follow on from while the folder holds none of its own (no <c>manifest.json</c>): those the Excel
    /// add-in kept in the workbook (<see cref="WorkbookRecords"/>), so a new folder continues the documents' IDs,
    /// versions and history. A file already at a path they name is the user's unless its bytes are the ones recorded.
    /// </summary>
    public LibraryRecords? StartingRecords { get; init; }

    private string ManifestPath => Path.Combine(Root, LibraryLayout.ManifestName);

    /// <inheritdoc />
    public Task<LibrarySnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        var exists = Directory.Exists(Root);
        if (!exists && StartingRecords is null)
        {
            return Task.FromResult(LibrarySnapshot.Empty);
        }
        if (exists)
        {
            LocalJournal.Recover(Root);
        }
        var manifest = ReadRecords();
        var ours = new HashSet<string>(manifest?.OurPaths() ?? [], StringComparer.OrdinalIgnoreCase);
        var written = (manifest ?? LibraryRecords.Empty).ByPath();
        var stale = new HashSet<string>(manifest?.Stale ?? [], StringComparer.OrdinalIgnoreCase);
        var grants = (manifest?.Folders ?? []).GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var folders = new List<ExistingFolder>();
        var documents = new List<ExistingDocument>();
        foreach (var entry in exists ? new DirectoryInfo(Root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories) : [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.GetRelativePath(Root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (path.StartsWith(LocalJournal.WorkFolderName, StringComparison.Ordinal) || path == LibraryLayout.ManifestName)
            {
                continue;
            }
            if (entry is DirectoryInfo)
            {
                folders.Add(grants.TryGetValue(path, out var folder)
                    ? new ExistingFolder(path, false, folder.Held(), folder.Given())
                    : new ExistingFolder(path, true, []));
            }
            else
            {
                var producedByUs = ours.Contains(path);
                var line = written.GetValueOrDefault(path);
                documents.Add(new ExistingDocument(path, producedByUs ? Hash(entry.FullName) : null, producedByUs, stale.Contains(path),
                    line?.Sha256, line?.Metadata));
            }
        }
        var records = (manifest?.Documents ?? []).Select(d => d.ToControlRecord()).OfType<ControlRecord>().ToList();
        // Records an earlier version left readable by others (the user's umask) are made private by the next apply.
        return Task.FromResult(new LibrarySnapshot(folders, documents, records, manifest?.LastIssued,
            RecordsExposed: PrivateFiles.IsOpen(ManifestPath), FolderLabels: manifest?.FolderLabels()));
    }

    /// <inheritdoc />
    public Task ApplyAsync(LibraryPlan plan, DesiredLibrary desired, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(desired);
        Directory.CreateDirectory(Root);
        // Before anything else: records left readable by others are closed now, not once this run's copy is moved in.
        PrivateFiles.Restrict(ManifestPath);
        LocalJournal.Recover(Root);
        var writes = plan.Documents.Where(d => d.Change is DocumentChange.New or DocumentChange.Changed or DocumentChange.Overwrite).ToList();
        var before = ReadRecords();
        var workFolder = Path.Combine(Root, LocalJournal.WorkFolderName);
        var staging = Path.Combine(workFolder, LocalJournal.StagingFolderName);
        // The records of a large library are megabytes of JSON: they are written out on another core while the
        // documents are staged.
        var records = Task.Run(() => LibraryRecords.After(plan, desired, _time.GetUtcNow(), before).ToJson(), CancellationToken.None);
        LocalJournal journal;
        try
        {
            // The work folder holds the records and every department's documents until they move into place.
            PrivateFiles.CreateFolder(workFolder);
            Directory.CreateDirectory(staging);
            var moves = new List<JournalMove>();
            for (var i = 0; i < writes.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _checkpoint?.Invoke("stage");
                var name = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                File.WriteAllBytes(Path.Combine(staging, name), writes[i].ToWrite.Content);
                moves.Add(new JournalMove(name, writes[i].Path));
                progress?.Report(new WorkProgress(i + 1, writes.Count, writes[i].Path));
            }
            // The records name every department's documents and facts, Restricted ones included: the owner's alone,
            // and a move keeps the mode, so the file in place is too.
            PrivateFiles.WriteFile(Path.Combine(staging, LibraryLayout.ManifestName), records.GetAwaiter().GetResult());
            moves.Add(new JournalMove(LibraryLayout.ManifestName, LibraryLayout.ManifestName));
            var folders = plan.FoldersToCreate
                .Concat(writes.Select(w => Path.GetDirectoryName(w.Path)?.Replace('\\', '/')).OfType<string>().Where(p => p.Length > 0))
                .Distinct(StringComparer.Ordinal).ToList();
            var deletes = plan.Documents.Where(d => d.Change == DocumentChange.Delete).Select(d => d.Path).ToList();
            journal = new LocalJournal(folders, moves, deletes);
            cancellationToken.ThrowIfCancellationRequested();
            _checkpoint?.Invoke("commit");
            journal.Commit(workFolder);
        }
        catch
        {
            // Nothing in the library has changed yet: drop what was staged and leave it as it was.
            if (Directory.Exists(workFolder))
            {
                Directory.Delete(workFolder, recursive: true);
            }
            throw;
        }
        LocalJournal.Recover(Root, _checkpoint);
        return Task.CompletedTask;
    }

    // A large library's records are megabytes of JSON whose packed facts are all inflated to be checked: the records
    // a plan was read from are used again when it is applied, unless the file has been replaced since.
    private LibraryRecords? ReadRecords()
    {
        var file = new FileInfo(ManifestPath);
        if (!file.Exists)
        {
            return StartingRecords;
        }
        if (_lastRead is { } last && last.Written == file.LastWriteTimeUtc && last.Length == file.Length)
        {
            return last.Records;
        }
        var records = LibraryRecords.Read(File.ReadAllBytes(file.FullName));
        _checkpoint?.Invoke("records read");
        _lastRead = new RecordsRead(records, file.LastWriteTimeUtc, file.Length);
        return records;
    }

    // One object, so a target used from two threads never sees one file's stamp with another's records.
    private sealed record RecordsRead(LibraryRecords Records, DateTime Written, long Length);

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
