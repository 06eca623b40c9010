using System.Text.Json;

namespace OfficeInfra.Publishing.Local;

/// <summary>
/// Makes a run on the local library all-or-nothing. Every new file is first written to a staging folder inside the
/// library (same volume, so moves are renames); then a journal listing the folders, moves and deletes is written
/// atomically; then the journal is carried out, each step safe to repeat. A run that dies before the journal exists
/// leaves the library untouched; one that dies after it is finished by the next run before anything else happens.
/// </summary>
internal sealed record LocalJournal(IReadOnlyList<string> Folders, IReadOnlyList<JournalMove> Moves, IReadOnlyList<string> Deletes)
{
    /// <summary>The library's own working folder (staging and journal), never part of the library's contents.</summary>
    public const string WorkFolderName = ".officeinfra";

    /// <summary>Where new files wait, inside the work folder, until the journal is carried out.</summary>
    public const string StagingFolderName = "staging";

    private const string FileName = "journal.json";

    /// <summary>Writes the journal: from this moment the run counts as done, and will be finished if interrupted.</summary>
    public void Commit(string workFolder)
    {
        var path = Path.Combine(workFolder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Finishes an interrupted run, if the last one left a journal; otherwise clears abandoned staging.</summary>
    public static void Recover(string root, Action<string>? checkpoint = null)
    {
        var workFolder = Path.Combine(root, WorkFolderName);
        if (!Directory.Exists(workFolder))
        {
            return;
        }
        var path = Path.Combine(workFolder, FileName);
        if (File.Exists(path))
        {
            var journal = JsonSerializer.Deserialize<LocalJournal>(File.ReadAllBytes(path))
                ?? throw new OfficeInfraException(ErrorKind.TargetFailed, "The library's unfinished-run journal is empty.");
            journal.CarryOut(root, checkpoint);
        }
        // Staging without a journal belongs to a run that died before committing: its library was never touched.
        Directory.Delete(workFolder, recursive: true);
    }

    private void CarryOut(string root, Action<string>? checkpoint)
    {
        foreach (var folder in Folders)
        {
            Directory.CreateDirectory(Full(root, folder));
        }
        foreach (var move in Moves)
        {
            checkpoint?.Invoke("move");
            var staged = Staged(root, move.From);
            // Repeating after an interruption: a staged file that is gone was already moved into place.
            if (File.Exists(staged))
            {
                File.Move(staged, Full(root, move.To), overwrite: true);
            }
        }
        foreach (var delete in Deletes)
        {
            checkpoint?.Invoke("delete");
            File.Delete(Full(root, delete));
        }
        File.Delete(Path.Combine(root, WorkFolderName, FileName));
    }

    /// <summary>
    /// A staged file's full path. Journals name staged files relative to the staging folder, so a library folder that
    /// was renamed, moved or reached by another path after a crash is still finished; a journal written before that
    /// (absolute paths) is read as it was written.
    /// </summary>
    private static string Staged(string root, string from) =>
        Path.IsPathFullyQualified(from) ? from : Path.Combine(root, WorkFolderName, StagingFolderName, from);

    /// <summary>The full path of a library path (which uses '/' separators).</summary>
    public static string Full(string root, string libraryPath) =>
        Path.Combine(root, libraryPath.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>One staged file (its name in the staging folder) and where it belongs in the library.</summary>
internal sealed record JournalMove(string From, string To);
