using OfficeInfra.Documents.Control;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using OfficeInfra.Documents.Word;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// A bounded mutation fuzz loop over the template engine: the built-in templates mutated in their text (braces above
/// all) and structure (<see cref="TemplateMutator"/>). Every input must either compile and render documents, or fail
/// with one InvalidTemplate sentence naming the template, within a time bound. A rendered document must pass
/// OpenXmlValidator when the mutated template itself does, and be well-formed XML in any case.
/// Set OFFICEINFRA_FUZZ_ITERATIONS for a longer run on demand.
/// </summary>
public sealed class TemplateFuzzTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("OFFICEINFRA_FUZZ_ITERATIONS"), out var n) ? n : 120;

    private static readonly Lazy<Models> Data = new(Models.Build);

    [Theory]
    [InlineData(TemplateSet.JobDescriptionFileName, 20261201)]
    [InlineData(TemplateSet.SopFileName, 20261202)]
    public void CompileAndRender_MutatedBuiltInTemplate_RendersValidDocumentsOrFailsClearly(string name, int seed)
    {
        var random = new Random(seed);
        var mutator = new TemplateMutator(random);
        var original = TemplateSet.DefaultBytes(name);
        var (shape, models) = name == TemplateSet.SopFileName ? (SopModel.Shape, Data.Value.Sops) : (JobDescriptionModel.Shape, Data.Value.JobDescriptions);
        for (var i = 0; i < Iterations; i++)
        {
            var mutated = mutator.Mutate(original, out var structural);
            var model = models[random.Next(models.Count)];
            CompileRenderOrFailClearly(mutated, name, shape, model, structural, $"{name} mutation {i} (seed {seed})");
        }
    }

    private static void CompileRenderOrFailClearly(byte[] docx, string name, TemplateShape shape, object model, bool structural, string what)
    {
        var run = Task.Run(() =>
        {
            DocxTemplate template;
            try
            {
                template = DocxTemplate.Compile(docx, name, shape);
            }
            catch (OfficeInfraException e) when (e.Kind == ErrorKind.InvalidTemplate)
            {
                e.Message.Should().Contain(name, $"{what} must name the template").And.NotContain("\n", $"{what} must give one sentence");
                return;
            }
            var output = template.Render(model);
            WellFormed(output).Should().BeEmpty($"{what} must render well-formed XML");
            if (!structural || DocxReader.ValidationErrors(docx).Count == 0)
            {
                DocxReader.ValidationErrors(output).Should().BeEmpty($"{what} compiled from a valid template, so its document must be valid");
            }
        });
        Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))).Wait();
        run.IsCompleted.Should().BeTrue($"{what} must not hang the engine");
        run.Exception?.InnerException.Should().BeNull($"{what} must render or fail with the product's clear error, but threw {run.Exception?.InnerException}");
    }

    private static List<string> WellFormed(byte[] docx)
    {
        var problems = new List<string>();
        using var zip = new ZipArchive(new MemoryStream(docx));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            try
            {
                using var stream = entry.Open();
                XDocument.Load(stream);
            }
            catch (System.Xml.XmlException e)
            {
                problems.Add($"{entry.FullName}: {e.Message}");
            }
        }
        using var _ = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return problems;
    }

    /// <summary>Models of a hostile synthetic organisation: roles with and without tasks, vacant, processes with and without steps.</summary>
    private sealed record Models(IReadOnlyList<object> JobDescriptions, IReadOnlyList<object> Sops)
    {
        public static Models Build()
        {
            var synthetic = SyntheticOrganisation.Create(roles: 12, tasks: 40, processes: 4, departments: 3);
            var registers = synthetic with
            {
                Roles = [.. synthetic.Roles, new Role("Idle {{role.title}} <b>", synthetic.Departments[0].Name, Summary: "Line one\nline two\ttab")],
                Processes = [.. synthetic.Processes, new Process("Empty & \"unused\"", synthetic.Departments[1].Name)],
            };
            var index = new RegisterIndex(registers);
            var asOf = new DateOnly(2026, 12, 1);
            var control = new DocumentControl("JD-0001", 2, asOf, asOf.AddYears(1), "Chief <Executive>", string.Empty,
                [new RevisionEntry(2, asOf, "Task '{{x}}' added & <b>"), new RevisionEntry(1, asOf.AddDays(-30), ControlBook.FirstIssue)]);
            return new Models(
                [.. new[] { 0, 3, registers.Roles.Count - 1 }.Select(i => (object)ControlModel.With(JobDescriptionModel.Build(index, registers.Roles[i]), control))],
                [.. new[] { 0, registers.Processes.Count - 1 }.Select(i => (object)ControlModel.With(SopModel.Build(index, registers.Processes[i]), control))]);
        }
    }
}
