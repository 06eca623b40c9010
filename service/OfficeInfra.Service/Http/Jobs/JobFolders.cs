using System.Text.RegularExpressions;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Deleting a job's files so that they vanish from where they were served in one atomic step.</summary>
internal static partial class JobFolders
{
    /// <summary>What a forgotten job's folder is renamed to begin with, before it is deleted.</summary>
    public const string TrashPrefix = ".forgotten-";

    /// <summary>
    /// Renames the job's folder out of its place (atomic), so once the job answers 404 its files are already gone,
    /// then runs <paramref name="forget"/> (which removes the record) and deletes the renamed folder.
    /// </summary>
    public static void Forget(Job job, Action forget, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(forget);
        var trash = Path.Combine(Path.GetDirectoryName(job.Folder)!, TrashPrefix + job.Id);
        try
        {
            if (Directory.Exists(job.Folder))
            {
                Directory.Move(job.Folder, trash);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not move the files of forgotten job {JobId}: {Reason}", job.Id, e.Message);
        }
        forget();
        Delete(trash, logger);
    }

    /// <summary>Deletes <paramref name="folder"/> and all in it, logging (never throwing) when it cannot.</summary>
    public static void Delete(string folder, ILogger logger)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not delete expired job folder {Folder}: {Reason}", folder, e.Message);
        }
    }

    /// <summary>True for a folder named like a job's id, or like a forgotten job's.</summary>
    public static bool IsJobShaped(string name, out bool forgotten)
    {
        ArgumentNullException.ThrowIfNull(name);
        forgotten = name.StartsWith(TrashPrefix, StringComparison.Ordinal);
        return JobIdName().IsMatch(forgotten ? name[TrashPrefix.Length..] : name);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex JobIdName();
}
