using System.Collections.Concurrent;
using OfficeInfra.Documents.Word.Templating;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Word;

/// <summary>
/// The Word templates used for one run: HR's edited copies from a folder where there are any, else the built-in
/// template of the organisation's language.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>File name of the job description template, in a templates folder and among the built-in ones.</summary>
    public const string JobDescriptionFileName = "Job Description.docx";

    /// <summary>File name of the SOP template.</summary>
    public const string SopFileName = "SOP.docx";

    /// <summary>File name of the internship description template.</summary>
    public const string InternshipFileName = "Internship Description.docx";

    /// <summary>File name of the volunteer role description template.</summary>
    public const string VolunteerFileName = "Volunteer Role Description.docx";

    /// <summary>File name of the service scope template (outsourced firms and freelancers).</summary>
    public const string ServiceScopeFileName = "Service Scope.docx";

    // Lazy, so that a template asked for while another thread compiles it is waited for, not compiled twice.
    private static readonly ConcurrentDictionary<(WordTemplate, DocumentLanguage), Lazy<DocxTemplate>> BuiltIn = new();
    private static readonly TemplateSet Defaults = new(new Dictionary<WordTemplate, DocxTemplate>());

    private readonly IReadOnlyDictionary<WordTemplate, DocxTemplate> _edited;

    private TemplateSet(IReadOnlyDictionary<WordTemplate, DocxTemplate> edited) => _edited = edited;

    /// <summary>Every template's file name, in the order <c>templates export</c> writes them.</summary>
    public static IReadOnlyList<(WordTemplate Template, string FileName)> Files { get; } =
    [
        (WordTemplate.JobDescription, JobDescriptionFileName), (WordTemplate.Internship, InternshipFileName),
        (WordTemplate.Volunteer, VolunteerFileName), (WordTemplate.ServiceScope, ServiceScopeFileName),
        (WordTemplate.Sop, SopFileName),
    ];

    /// <summary>The compiled English (or edited) job description template.</summary>
    public DocxTemplate JobDescription => For(WordTemplate.JobDescription, DocumentLanguage.English);

    /// <summary>The compiled English (or edited) SOP template.</summary>
    public DocxTemplate Sop => For(WordTemplate.Sop, DocumentLanguage.English);

    /// <summary>The templates that ship with the product (each compiled once per process, when first used).</summary>
    public static TemplateSet Default() => Defaults;

    /// <summary>The template a document uses: the edited one when there is one, else the built-in one in <paramref name="language"/>.</summary>
    public DocxTemplate For(WordTemplate template, DocumentLanguage language) =>
        _edited.TryGetValue(template, out var edited) ? edited
            : BuiltIn.GetOrAdd((template, language), key => new Lazy<DocxTemplate>(
                () => DocxTemplate.Compile(DefaultBytes(FileName(key.Item1), key.Item2), FileName(key.Item1), ShapeOf(key.Item1)))).Value;

    /// <summary>The template a role's document uses, by its type.</summary>
    public static WordTemplate ForRole(RoleType type) => type switch
    {
        RoleType.Intern => WordTemplate.Internship,
        RoleType.Volunteer => WordTemplate.Volunteer,
        RoleType.Outsourced or RoleType.Freelancer => WordTemplate.ServiceScope,
        _ => WordTemplate.JobDescription,
    };

    /// <summary>
    /// Loads the templates found in <paramref name="directory"/> (<see cref="Files"/>); a file that is missing there
    /// falls back to the built-in one. A broken template throws <see cref="OfficeInfraException"/>
    /// with <see cref="ErrorKind.InvalidTemplate"/>.
    /// </summary>
    public static TemplateSet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"The templates folder \"{directory}\" does not exist.");
        }
        var edited = new Dictionary<WordTemplate, DocxTemplate>();
        foreach (var (template, fileName) in Files)
        {
            if (ReadOrNull(directory, fileName) is { } bytes)
            {
                edited[template] = DocxTemplate.Compile(bytes, fileName, ShapeOf(template));
            }
        }
        return new TemplateSet(edited);
    }

    /// <summary>Compiles a set whose job description and SOP are the given .docx templates (the other role types keep the built-in ones).</summary>
    public static TemplateSet From(byte[] jobDescriptionDocx, byte[] sopDocx) => new(new Dictionary<WordTemplate, DocxTemplate>
    {
        [WordTemplate.JobDescription] = DocxTemplate.Compile(jobDescriptionDocx, JobDescriptionFileName, JobDescriptionModel.Shape),
        [WordTemplate.Sop] = DocxTemplate.Compile(sopDocx, SopFileName, SopModel.Shape),
    });

    /// <summary>
    /// Writes the built-in templates of <paramref name="language"/> into <paramref name="directory"/> as a starting
    /// point for HR (<c>templates export</c>); returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> ExportDefaults(string directory, DocumentLanguage language = DocumentLanguage.English)
    {
        Directory.CreateDirectory(directory);
        return [.. Files.Select(file =>
        {
            var path = Path.Combine(directory, file.FileName);
            File.WriteAllBytes(path, DefaultBytes(file.FileName, language));
            return path;
        })];
    }

    /// <summary>The file name of a template.</summary>
    public static string FileName(WordTemplate template) => Files.First(f => f.Template == template).FileName;

    /// <summary>The tags a template may use: the SOP's, or the job description's for every role type's document.</summary>
    public static TemplateShape ShapeOf(WordTemplate template) => template == WordTemplate.Sop ? SopModel.Shape : JobDescriptionModel.Shape;

    /// <summary>The bytes of a built-in template (one of <see cref="Files"/>) in <paramref name="language"/>.</summary>
    public static byte[] DefaultBytes(string fileName, DocumentLanguage language = DocumentLanguage.English)
    {
        var tag = DocumentLanguages.List.TextOf(language);
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream($"OfficeInfra.Documents.Templates.{tag}.{fileName}")
            ?? throw new ArgumentException($"There is no built-in template named {fileName} in {tag}.", nameof(fileName));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[]? ReadOrNull(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException e)
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"The template {path} cannot be read: {e.Message}", e);
        }
    }
}
