using System.CommandLine;
using OfficeInfra.Documents.Word;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// <c>templates check &lt;dir&gt;</c> (lists mistakes in edited Word templates; exit 0 none, 1 some) and
/// <c>templates export &lt;dir&gt; [--force] [--language en|tr|zh-Hans]</c> (writes the built-in templates as a starting point for HR).
/// </summary>
internal static class TemplatesCommand
{
    /// <summary>Builds the verb and its two sub-verbs.</summary>
    public static Command Create()
    {
        var command = new Command("templates", "Work with the Word templates of job descriptions and SOPs.");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Check()
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "Folder holding edited templates ('Job Description.docx', 'SOP.docx' …)." };
        var command = new Command("check", "List unknown tags, unknown helpers and unbalanced blocks in edited templates.") { folder };
        CliAction.Set(command, async (parse, io, _) =>
        {
            var directory = parse.GetValue(folder)!;
            var problems = TemplateChecker.Check(directory.FullName);
            foreach (var template in problems.GroupBy(p => p.Template))
            {
                await io.Out.WriteLineAsync(template.Key).ConfigureAwait(false);
                foreach (var problem in template)
                {
                    await io.Out.WriteLineAsync($"  {problem.Message}").ConfigureAwait(false);
                }
                await io.Out.WriteLineAsync().ConfigureAwait(false);
            }
            await io.Out.WriteLineAsync(problems.Count == 0
                ? $"{directory.FullName}: the templates are fine."
                : $"{directory.FullName}: {FindingCounts.Plural(problems.Count, "problem")}; fix them in Word and check again.").ConfigureAwait(false);
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static Command Export()
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "Folder to write the templates into (job description, internship, volunteer role, service scope, SOP)." };
        var force = new Option<bool>("--force") { Description = "Overwrite templates already in the folder." };
        var language = new Option<string>("--language")
        {
            Description = "The templates' language: en (default), tr or zh-Hans.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong([.. DocumentLanguages.List.Texts]);
        var command = new Command("export", "Write the built-in templates into a folder, to edit in Word and use with generate --templates.") { folder, force, language };
        CliAction.Set(command, async (parse, io, _) =>
        {
            var directory = parse.GetValue(folder)!;
            OutputFolder.Check(directory.FullName);
            var existing = TemplateSet.Files.Select(file => Path.Combine(directory.FullName, file.FileName)).Where(File.Exists).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                await io.Error.WriteLineAsync($"'{existing[0]}' already exists (edited templates are precious); add --force to overwrite.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var chosen = DocumentLanguages.List.TryParse(parse.GetValue(language), out var asked) ? asked : DocumentLanguage.English;
            foreach (var path in TemplateSet.ExportDefaults(directory.FullName, chosen))
            {
                await io.Out.WriteLineAsync($"Wrote {path}").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
