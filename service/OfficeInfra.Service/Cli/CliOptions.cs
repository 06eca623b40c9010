using System.CommandLine;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>Options that several verbs share.</summary>
public static class CliOptions
{
    /// <summary><c>--as-of YYYY-MM-DD</c>: the date printed in documents (default: today, UTC).</summary>
    public static Option<DateOnly> AsOf() => new("--as-of")
    {
        Description = "Date printed in the documents, YYYY-MM-DD (default: today). The same date gives byte-identical documents.",
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
