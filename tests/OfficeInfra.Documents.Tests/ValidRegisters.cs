using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;

namespace OfficeInfra.Documents.Tests;

/// <summary>
/// FsCheck generation of registers that are valid (no error finding) but otherwise anything a workbook can hold:
/// arbitrary Unicode (emoji, right-to-left, combining marks, lone surrogates, control characters), XML markup,
/// Handlebars tags, quotes, very long names, empty optional fields, fixed-list values in odd case and spacing,
/// references padded with spaces, random reporting trees, vacant and filled roles of every type, processes with
/// steps (in order, with gaps, repeated, or not numbers). Built valid rather than filtered; the shrinker takes rows
/// away while the registers stay valid.
/// </summary>
internal static class ValidRegisters
{
    private static readonly string[] Hostile =
    [
        "😀🚀👩‍💻🏳️‍🌈", "<w:t>x</w:t>", "</w:t></w:r></w:p><w:p>", "]]>", "&amp; & &lt; <", "{{role.title}}",
        "{{#each tasks}}x{{/each}}", "{{{raw}}}", "{{/if}}", "\"quoted\" 'single' „low“ «guillemets»", "\u0001\u0007\u001F",
        "line\r\nbreak\nand\rreturn", "tab\there", "İstanbul ıi Şube", "财务部 客户", "עברית ومرحبا", "e\u0301 n\u0303 \u200D\u200B",
        "\uFFFE\uFFFF", "\uD800 lone \uDC00", "=SUM(A1)", "+1 -1 @x", "PRN", "a/b\\c:d*?|", "Trailing.", "  padded  ",
        new string('W', 300), string.Concat(Enumerable.Repeat("Ünïcødé 🚀 ", 120)),
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.Elements(Hostile)),
        (4, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty)),
        (2, Gen.Elements(Hostile).ListOf().Select(parts => string.Join(' ', parts))));

    private static readonly Gen<string> Name = Text.Where(t => !string.IsNullOrWhiteSpace(t));

    private static readonly Gen<string?> Optional = Gen.Frequency(
        (2, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>(string.Empty)), (5, Text.Select(s => (string?)s)));

    /// <summary>Valid registers, with a shrinker that removes rows and clears optional text while they stay valid.</summary>
    public static Arbitrary<Case> Arbitrary { get; } =
        Arb.From(Registers().Select(r => new Case(r)), c => Shrink(c.Registers).Select(r => new Case(r)));

    /// <summary>One generated case; prints as the registers' JSON, so a shrunk failure can be read and replayed.</summary>
    public sealed record Case(RegisterSet Registers)
    {
        public override string ToString() => OfficeInfra.Registers.Writing.JsonRegisterWriter.Write(Registers, indented: true);
    }

    private static Gen<List<string>> UniqueNames(int max) =>
        Name.ListOf().Select(names => names.DistinctBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).Take(max).ToList());

    private static Gen<RegisterSet> Registers() =>
        from organisation in Optional
        from departments in UniqueNames(6).Where(d => d.Count > 0)
        from roles in UniqueNames(14)
        from processes in UniqueNames(5)
        from tasks in Name.ListOf()
        from pool in Optional.ArrayOf(48)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Build(organisation ?? string.Empty, departments, roles, processes, tasks, pool, new Random(seed));

    private static RegisterSet Build(string organisation, List<string> departmentNames, List<string> roleTitles,
        List<string> processNames, IList<string> taskTexts, string?[] pool, Random random)
    {
        string? Any() => pool[random.Next(pool.Length)];
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        // A reference as a person may type it: exactly, or with spaces around (the rules and generators trim).
        string Refer(string name) => random.Next(4) == 0 ? $"  {name} " : name;
        string? Listed(IReadOnlyList<string> texts) => random.Next(5) switch
        {
            0 => null,
            1 => string.Empty,
            2 => $" {Pick(texts).ToUpperInvariant()} ",
            _ => Pick(texts),
        };
        IReadOnlyList<string> Principals() => Enumerable.Range(0, random.Next(3)).Select(_ => Any() ?? "group@example.com").ToList();

        var roles = roleTitles.Select((title, i) => new Role(
            title,
            Refer(Pick(departmentNames)),
            i == 0 || random.Next(4) == 0 ? null : Refer(roleTitles[random.Next(i)]),
            Listed(RoleTypes.List.Texts),
            Listed(RoleStatuses.Texts),
            Any(),
            Listed(HoursList.List.Texts),
            Any())).ToList();
        var departments = departmentNames.Select(name => new Department(
            name,
            roles.Count > 0 && random.Next(2) == 0 ? Refer(Pick(roles).Title) : null,
            Listed(AccessLevels.List.Texts),
            Principals(), Principals(), Principals(),
            Any())).ToList();
        var processes = processNames.Select(name => new Process(
            name, Refer(Pick(departmentNames)), Any(), roles.Count > 0 && random.Next(3) > 0 ? Refer(Pick(roles).Title) : null,
            Any(), Any(), Any(), Any(), Enumerable.Range(0, random.Next(3)).Select(_ => Any() ?? "Checklist").ToList())).ToList();
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        var tasks = taskTexts.Select((text, i) =>
        {
            var process = processes.Count > 0 && random.Next(3) > 0 ? Pick(processes) : null;
            var step = process is null ? null : random.Next(8) switch
            {
                0 => null,
                1 => "not a number",
                2 => "2.5",
                _ => (steps[process.Name] = steps.GetValueOrDefault(process.Name) + 1 + random.Next(2)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            return new TaskItem(
                random.Next(3) == 0 ? string.Empty : $"T{i + 1:D4}",
                text,
                Refer(process?.Department.Trim() ?? Pick(departmentNames)),
                roles.Count > 0 && random.Next(5) > 0 ? Refer(Pick(roles).Title) : null,
                process is null ? null : Refer(process.Name),
                step,
                Listed(Frequencies.List.Texts),
                Enumerable.Range(0, random.Next(3)).Select(_ => Any() ?? "Spreadsheet").ToList(),
                Any());
        }).ToList();
        return Numbered(new RegisterSet(organisation, departments, roles, tasks, processes));
    }

    /// <summary>Smaller registers that are still valid: one row fewer, or one row's optional text cleared.</summary>
    private static IEnumerable<RegisterSet> Shrink(RegisterSet registers)
    {
        var candidates = new List<RegisterSet>();
        for (var i = registers.Tasks.Count - 1; i >= 0; i--)
        {
            candidates.Add(registers with { Tasks = [.. registers.Tasks.Where((_, j) => j != i)] });
        }
        foreach (var process in registers.Processes)
        {
            candidates.Add(registers with
            {
                Processes = [.. registers.Processes.Where(p => p != process)],
                Tasks = [.. registers.Tasks.Select(t => Same(t.Process, process.Name) ? t with { Process = null, Step = null } : t)],
            });
        }
        foreach (var role in registers.Roles)
        {
            string? Without(string? title) => Same(title, role.Title) ? null : title;
            candidates.Add(registers with
            {
                Roles = [.. registers.Roles.Where(r => r != role).Select(r => r with { ReportsTo = Without(r.ReportsTo) })],
                Departments = [.. registers.Departments.Select(d => d with { Head = Without(d.Head) })],
                Processes = [.. registers.Processes.Select(p => p with { Owner = Without(p.Owner) })],
                Tasks = [.. registers.Tasks.Select(t => t with { Role = Without(t.Role) })],
            });
        }
        foreach (var department in registers.Departments.Skip(1))
        {
            candidates.Add(registers with { Departments = [.. registers.Departments.Where(d => d != department)] });
        }
        if (HasOptionalText(registers))
        {
            candidates.Add(Cleared(registers));
        }
        return candidates.Select(Numbered).Where(c => !RegisterRules.HasErrors(RegisterRules.Check(c)));
    }

    private static bool HasOptionalText(RegisterSet r) => r.Organisation.Length > 0
        || r.Departments.Any(d => d.Description is not null || d.Owners.Count + d.Members.Count + d.Visitors.Count > 0)
        || r.Roles.Any(x => x.Holder is not null || x.Summary is not null)
        || r.Tasks.Any(t => t.Tools.Count > 0 || t.CurrentlyDoneBy is not null)
        || r.Processes.Any(p => p.System is not null || p.Trigger is not null || p.Outcome is not null || p.Kpi is not null || p.Target is not null || p.Tools.Count > 0);

    private static RegisterSet Cleared(RegisterSet registers) => registers with
        {
            Organisation = string.Empty,
            Departments = [.. registers.Departments.Select(d => d with { Description = null, Owners = [], Members = [], Visitors = [] })],
            Roles = [.. registers.Roles.Select(r => r with { Holder = null, Summary = null })],
            Tasks = [.. registers.Tasks.Select(t => t with { Tools = [], CurrentlyDoneBy = null })],
            Processes = [.. registers.Processes.Select(p => p with { System = null, Trigger = null, Outcome = null, Kpi = null, Target = null, Tools = [] })],
        };

    private static bool Same(string? a, string b) => string.Equals(a?.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static RegisterSet Numbered(RegisterSet registers) => registers with
    {
        Departments = registers.Departments.Select((d, i) => d with { Row = i + 2 }).ToList(),
        Roles = registers.Roles.Select((r, i) => r with { Row = i + 2 }).ToList(),
        Tasks = registers.Tasks.Select((t, i) => t with { Row = i + 2 }).ToList(),
        Processes = registers.Processes.Select((p, i) => p with { Row = i + 2 }).ToList(),
    };
}
