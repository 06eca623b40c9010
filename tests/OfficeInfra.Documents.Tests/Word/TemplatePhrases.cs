namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// The words of the built-in templates in one language, looked up by their English text. A phrase a language lacks
/// fails the design (never English inside a Turkish or Chinese template).
/// </summary>
internal sealed class TemplatePhrases(string tag, string wordLanguage, IReadOnlyDictionary<string, string>? words)
{
    /// <summary>The language's folder among the built-in templates (<c>en</c>, <c>tr</c>, <c>zh-Hans</c>).</summary>
    public string Tag { get; } = tag;

    /// <summary>Word's proofing language for the text (<c>en-GB</c>, <c>tr-TR</c>, <c>zh-CN</c>).</summary>
    public string WordLanguage { get; } = wordLanguage;

    public string this[string english] => words is null ? english
        : words.TryGetValue(english, out var text) ? text
        : throw new KeyNotFoundException($"The {Tag} templates have no words for \"{english}\".");

    public static TemplatePhrases English { get; } = new("en", "en-GB", null);

    public static IReadOnlyList<TemplatePhrases> All => [English];
}
