using System.CommandLine;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>Options that several verbs share.</summary>
internal static class CliOptions
{
    /// <summary><c>--records-plan &lt;dir&gt;</c>: where to write Records Plan.xlsx and the Purview file plan CSV.</summary>
    public static Option<DirectoryInfo?> RecordsPlan() => new("--records-plan")
    {
        Description = "Also write Records Plan.xlsx (every folder and document with its access, columns and retention label) and the Purview file plan CSV into this folder.",
    };

    /// <summary>Writes the records plan when <c>--records-plan</c> was given, and says where.</summary>
    public static async Task WriteRecordsPlanAsync(DirectoryInfo? folder, Publishing.LibraryRunResult result, TextWriter say)
    {
        if (folder is null)
        {
            return;
        }
        foreach (var path in Publishing.Records.RecordsPlanFiles.Write(folder.FullName, result))
        {
            await say.WriteLineAsync($"Wrote {path}").ConfigureAwait(false);
        }
    }

    /// <summary><c>--overwrite-edited</c>: replace documents edited by hand since the product wrote them.</summary>
    public static Option<bool> OverwriteEdited() => new("--overwrite-edited")
    {
        Description = "Replace documents that were edited by hand since OfficeInfra wrote them (otherwise they are reported and kept).",
    };

    /// <summary><c>--as-of YYYY-MM-DD</c>: the run's date, the effective date of whatever changes (default: today, UTC).</summary>
    public static Option<DateOnly> AsOf() => new("--as-of")
    {
        Description = "The run's date, YYYY-MM-DD (default: today): the effective date of documents whose content changes in this run. Unchanged documents keep their dates and bytes.",
        HelpName = "YYYY-MM-DD",
        DefaultValueFactory = _ => AsOfDate.Today(),
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (AsOfDate.Parse(token) is { } date)
            {
                return date;
            }
            result.AddError($"--as-of needs a date written YYYY-MM-DD, such as 2026-12-01 (got '{token}').");
            return default;
        },
    };

    /// <summary><c>--templates &lt;dir&gt;</c>: edited Word templates.</summary>
    public static Option<DirectoryInfo?> Templates() => new("--templates")
    {
        Description = "Folder with edited 'Job Description.docx' / 'SOP.docx' templates (default: the built-in ones).",
    };
}
