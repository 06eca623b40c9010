namespace OfficeInfra.Registers.Model;

/// <summary>The languages the documents can be written in.</summary>
public enum DocumentLanguage { English, Turkish, ChineseSimplified }

/// <summary>The Language list of the Organisation sheet: BCP 47 tags, as Office writes them.</summary>
public static class DocumentLanguages
{
    /// <summary>en, tr, zh-Hans.</summary>
    public static FixedList<DocumentLanguage> List { get; } = new(
        ("en", DocumentLanguage.English), ("tr", DocumentLanguage.Turkish), ("zh-Hans", DocumentLanguage.ChineseSimplified));
}
