using OfficeInfra.Documents.Word.Templating;

namespace OfficeInfra.Documents.Word;

/// <summary>The Word templates used for one run: the built-in ones, or HR's edited copies from a folder.</summary>
public sealed class TemplateSet
{
    /// <summary>File name of the job description template, in a templates folder and among the built-in ones.</summary>
    public const string JobDescriptionFileName = "Job Description.docx";

    /// <summary>File name of the SOP template.</summary>
    public const string SopFileName = "SOP.docx";

    private static readonly Lazy<TemplateSet> BuiltIn = new(() => From(DefaultBytes(JobDescriptionFileName), DefaultBytes(SopFileName)));

    private TemplateSet(DocxTemplate jobDescription, DocxTemplate sop)
    {
        JobDescription = jobDescription;
        Sop = sop;
    }

    /// <summary>The compiled job description template (rendered with <see cref="JobDescriptionModel"/> data).</summary>
    public DocxTemplate JobDescription { get; }

    /// <summary>The compiled SOP template (rendered with <see cref="SopModel"/> data).</summary>
    public DocxTemplate Sop { get; }

    /// <summary>The templates that ship with the product (compiled once per process).</summary>
    public static TemplateSet Default() => BuiltIn.Value;

    /// <summary>
    /// Loads <c>Job Description.docx</c> and <c>SOP.docx</c> from <paramref name="directory"/>; a file that is missing
    /// there falls back to the built-in one. A broken template throws <see cref="OfficeInfraException"/>
    /// with <see cref="ErrorKind.InvalidTemplate"/>.
    /// </summary>
    public static TemplateSet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"The templates folder \"{directory}\" does not exist.");
        }
        var jobDescription = ReadOrNull(directory, JobDescriptionFileName);
        var sop = ReadOrNull(directory, SopFileName);
        return new TemplateSet(
            jobDescription is null ? Default().JobDescription : DocxTemplate.Compile(jobDescription, JobDescriptionFileName, JobDescriptionModel.Shape),
            sop is null ? Default().Sop : DocxTemplate.Compile(sop, SopFileName, SopModel.Shape));
    }

    /// <summary>Compiles a set from the bytes of two .docx templates.</summary>
    public static TemplateSet From(byte[] jobDescriptionDocx, byte[] sopDocx) => new(
        DocxTemplate.Compile(jobDescriptionDocx, JobDescriptionFileName, JobDescriptionModel.Shape),
        DocxTemplate.Compile(sopDocx, SopFileName, SopModel.Shape));

    /// <summary>
    /// Writes the built-in templates into <paramref name="directory"/> as a starting point for HR
    /// (<c>templates export</c>); returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> ExportDefaults(string directory)
    {
        Directory.CreateDirectory(directory);
        return [.. new[] { JobDescriptionFileName, SopFileName }.Select(name =>
        {
            var path = Path.Combine(directory, name);
            File.WriteAllBytes(path, DefaultBytes(name));
            return path;
        })];
    }

    /// <summary>The bytes of a built-in template (<see cref="JobDescriptionFileName"/> or <see cref="SopFileName"/>).</summary>
    public static byte[] DefaultBytes(string fileName)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream("OfficeInfra.Documents.Templates." + fileName)
            ?? throw new ArgumentException($"There is no built-in template named {fileName}.", nameof(fileName));
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
