namespace OfficeInfra.Documents.Word;

/// <summary>The Word templates used for one run: the built-in ones, or HR's edited copies from a folder.</summary>
public sealed class TemplateSet
{
    /// <summary>The templates that ship with the product.</summary>
    public static TemplateSet Default() => throw new NotImplementedException();

    /// <summary>
    /// Loads <c>Job Description.docx</c> and <c>SOP.docx</c> from <paramref name="directory"/>; a file that is missing
    /// there falls back to the built-in one. A broken template throws <see cref="OfficeInfraException"/>
    /// with <see cref="ErrorKind.InvalidTemplate"/>.
    /// </summary>
    public static TemplateSet Load(string directory) => throw new NotImplementedException();
}
