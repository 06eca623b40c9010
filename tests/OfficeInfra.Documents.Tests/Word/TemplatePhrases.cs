namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// The words of the built-in templates in one language, looked up by their English text. A phrase a language lacks
/// fails the design (never English inside a Turkish or Chinese template).
/// </summary>
internal sealed class TemplatePhrases(string tag, string wordLanguage, IReadOnlyDictionary<string, string>? words)
{
    /// <summary>The language's folder among the built-in templates (<c>en</c>, <c>tr</c>, <c>zh-Hans</c>).</summary>
    public string Tag { get; } = tag;

    /// <summary>
    /// Word's language for the Latin text (<c>w:lang w:val</c>: <c>en-GB</c>, <c>tr-TR</c>); East Asian text is
    /// always <c>zh-CN</c> (<c>w:eastAsia</c>). A Chinese document's Latin words (tool names, e-mail addresses) are
    /// English, as Word's own Chinese templates declare them (<c>en-US</c>): declared Chinese, LibreOffice wraps them
    /// between any two letters ("Mailch|imp").
    /// </summary>
    public string WordLanguage { get; } = wordLanguage;

    /// <summary>False for Chinese, which has no italics: a slanted character is only a distorted one.</summary>
    public bool Italics => Tag != "zh-Hans";

    /// <summary>What follows the page count in the footer ("第 1 页，共 2 页").</summary>
    public string PageCountEnd => Tag == "zh-Hans" ? " 页" : string.Empty;

    public string this[string english] => words is null ? english
        : words.TryGetValue(english, out var text) ? text
        : throw new KeyNotFoundException($"The {Tag} templates have no words for \"{english}\".");

    public static TemplatePhrases English { get; } = new("en", "en-GB", null);

    public static TemplatePhrases Turkish { get; } = new("tr", "tr-TR", TemplatePhraseBook.Turkish);

    public static TemplatePhrases Chinese { get; } = new("zh-Hans", "en-US", TemplatePhraseBook.Chinese);

    public static IReadOnlyList<TemplatePhrases> All => [English, Turkish, Chinese];
}

/// <summary>The built-in templates' words in each language other than English, keyed by the English text.</summary>
internal sealed partial class TemplatePhraseBook;
