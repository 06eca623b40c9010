using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Documents.Filing;
using OfficeInfra.Documents.OrgCharts;
using OfficeInfra.Documents.Tests.OrgCharts;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Tests.Filing;

/// <summary>
/// <see cref="Disclosure"/> over organisations with Confidential and Restricted departments at several depths of the
/// reporting tree, where the Tasks register's Currently Done By names roles and people of any department: no
/// document a department's readers (or the library root's) read holds the holder or a task of a role hidden from
/// them, a Chinese or Turkish deck included; the organisation deck and the delegation report name no hidden role
/// below its department's heads and show no hidden head as vacant. Every holder, task and title is a token no other
/// text contains, so finding one anywhere in a document's parts is a leak.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private static readonly AccessLevel[] Levels = [AccessLevel.Public, AccessLevel.Internal, AccessLevel.Confidential, AccessLevel.Restricted];

    /// <summary>An organisation as a handful of numbers: departments, roles each, how often a role is vacant or its work done by someone else.</summary>
    public sealed record Shape(int Departments, int RolesEach, int VacantPercent, int CoverPercent, int Seed, string Language)
    {
        public override string ToString() =>
            $"{Departments} departments, up to {RolesEach} roles each, {VacantPercent}% vacant, {CoverPercent}% covered, seed {Seed}, {Language}";
    }

    private static Arbitrary<Shape> Shapes { get; } = Arb.From(
        from departments in Gen.Choose(2, 6)
        from roles in Gen.Choose(1, 5)
        from vacant in Gen.Elements(0, 30, 60)
        from cover in Gen.Elements(20, 50, 90)
        from seed in Gen.Choose(0, 1_000_000)
        from language in Gen.Elements("en", "en", "tr", "zh-Hans")
        select new Shape(departments, roles, vacant, cover, seed, language));

    [Fact]
    public void Generate_HiddenDepartmentsAtSeveralDepths_NoDocumentShowsAHiddenHolderOrTask()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Shapes, shape =>
        {
            var registers = Build(shape);
            var disclosure = Disclosure.Of(registers);
            var documents = new WordDocumentGenerator(TemplateSet.Default()).Generate(registers, AsOf)
                .Concat(new OrgChartGenerator().Generate(registers, AsOf))
                .Concat(new DelegationReportGenerator().Generate(registers, AsOf)).ToList();
            foreach (var document in documents)
            {
                var reader = document.Department?.Display;
                var text = Text(document.Content);
                foreach (var role in registers.Roles.Where(r => disclosure.Hides(r, reader)))
                {
                    if (!role.IsVacant)
                    {
                        text.Contains(role.Holder!, StringComparison.Ordinal).Should().BeFalse($"{document.Kind} '{document.Subject}' names {role.Title}'s holder ({shape})");
                    }
                    foreach (var task in registers.Tasks.Where(t => new RegisterName(t.Role) == role.Title))
                    {
                        text.Contains(task.Task, StringComparison.Ordinal).Should().BeFalse($"{document.Kind} '{document.Subject}' shows a task of {role.Title} ({shape})");
                    }
                }
                if (reader is null)
                {
                    RootShowsHeadsByTitleOnly(registers, disclosure, document, text, shape);
                }
            }
        }));
    }

    // The root's documents name a hidden department's roles only as its heads, and never as vacant.
    private static void RootShowsHeadsByTitleOnly(RegisterSet registers, Disclosure disclosure, GeneratedDocument document, string text, Shape shape)
    {
        foreach (var department in registers.Departments.Where(d => disclosure.Hides(d.Name, null)))
        {
            var members = registers.Roles.Where(r => new RegisterName(r.Department) == department.Name).ToList();
            var titles = members.Select(r => new RegisterName(r.Title)).ToHashSet();
            foreach (var role in members.Where(r => !string.IsNullOrWhiteSpace(r.ReportsTo) && titles.Contains(r.ReportsTo) && r.Title != department.Head))
            {
                text.Contains(role.Title, StringComparison.Ordinal).Should().BeFalse($"{document.Kind} at the root names {role.Title}, below its department's heads ({shape})");
            }
        }
        if (document.Kind != DocumentKind.OrgChart)
        {
            return;
        }
        var vacant = ChartWords.For(registers.Settings.DocumentLanguage).Vacant;
        var hiddenHeads = registers.Roles.Where(r => disclosure.Hides(r, null)).Select(r => $"Role: {r.Title}").ToHashSet();
        var boxes = DeckView.Open(document.Content, validate: false).Slides.SelectMany(s => s.Roles).Where(b => hiddenHeads.Contains(b.Name)).ToList();
        boxes.Should().NotContain(b => b.Paragraphs.Contains(vacant), $"a hidden head's box says nothing of its vacancy ({shape})");
    }

    /// <summary>Every part of the package as text (XML as written), so a token in any part, property or note is found.</summary>
    private static string Text(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    /// <summary>
    /// Departments in a tree: each department's head reports to a role of an earlier department (so a hidden one sits
    /// at any depth, under open ones and over them); the other roles report within their department. Every role has
    /// a process step or two of its department's process, and a share of tasks are done today by a random role or
    /// holder of any department.
    /// </summary>
    internal static RegisterSet Build(Shape shape)
    {
        var random = new Random(shape.Seed);
        var roles = new List<Role>();
        var departments = new List<Department>();
        var n = 0;
        for (var d = 0; d < shape.Departments; d++)
        {
            var name = $"Dept{d}Z";
            var count = random.Next(1, shape.RolesEach + 1);
            var first = roles.Count;
            for (var i = 0; i < count; i++)
            {
                n++;
                var reportsTo = i == 0 ? d == 0 ? null : roles[random.Next(first)].Title : roles[first + random.Next(i)].Title;
                var vacant = random.Next(100) < shape.VacantPercent;
                roles.Add(new Role($"Role{n}Z", name, reportsTo, "Employee", vacant ? "Vacant" : "Filled", vacant ? null : $"Holder{n}Z"));
            }
            departments.Add(new Department(name, roles[first].Title, Levels[random.Next(Levels.Length)].ToString()));
        }
        var tasks = new List<TaskItem>();
        var people = roles.Select(r => r.Title).Concat(roles.Where(r => !r.IsVacant).Select(r => r.Holder!)).ToList();
        foreach (var role in roles)
        {
            for (var step = 1; step <= random.Next(1, 3); step++)
            {
                var doneBy = random.Next(100) < shape.CoverPercent ? people[random.Next(people.Count)] : null;
                tasks.Add(new TaskItem($"T{tasks.Count + 1:D4}", $"Task{tasks.Count + 1}Z", role.Department, role.Title, $"Proc{role.Department}",
                    (tasks.Count(t => t.Department == role.Department) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Weekly",
                    null, doneBy));
            }
        }
        var processes = departments.Select(d => new Process($"Proc{d.Name}", d.Name, Owner: d.Head, Trigger: "Asked", Outcome: "Done")).ToList();
        var registers = new RegisterSet("Org", departments, roles, tasks, processes);
        return registers with { Settings = registers.Settings with { Language = shape.Language } };
    }
}
