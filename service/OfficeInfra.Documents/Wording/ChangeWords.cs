using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Wording;

/// <summary>
/// The phrases every revision history is built from, in one language: how a named value was set, cleared or changed,
/// how a name is quoted, and the product's own rows (template changed, layout updated). Each kind of document's
/// <see cref="Control.IChangeWording"/> adds its own nouns around them. A history row is written once, in the
/// organisation's language at the time of the change, and kept as written.
/// </summary>
public sealed record ChangeWords
{
    /// <summary>The language's BCP 47 tag.</summary>
    public required string Tag { get; init; }

    /// <summary>A name from the registers quoted inside a sentence.</summary>
    public required Func<string, string> Quote { get; init; }

    /// <summary>(name, new value): a value given where there was none.</summary>
    public required Func<string, string, string> Set { get; init; }

    /// <summary>(name, old value): a value taken away.</summary>
    public required Func<string, string, string> Cleared { get; init; }

    /// <summary>(name, old value, new value).</summary>
    public required Func<string, string, string, string> Changed { get; init; }

    /// <summary>The row of a document whose template changed.</summary>
    public required string TemplateChanged { get; init; }

    /// <summary>The row of a document that changed in no fact the registers hold (the product's own layout).</summary>
    public required string LayoutUpdated { get; init; }

    /// <summary>How rows of one version are joined.</summary>
    public required string Separator { get; init; }

    /// <summary>Says how a named value changed.</summary>
    public string Field(string name, string? old, string? @new) =>
        string.IsNullOrEmpty(old) ? Set(name, @new ?? string.Empty)
        : string.IsNullOrEmpty(@new) ? Cleared(name, old)
        : Changed(name, old, @new);

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ChangeWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>English, as the records have always kept it.</summary>
    public static ChangeWords English { get; } = new()
    {
        Tag = "en",
        Quote = name => $"'{name}'",
        Set = (name, value) => $"{name} set to {value}",
        Cleared = (name, old) => $"{name} cleared (was {old})",
        Changed = (name, old, value) => $"{name} changed from {old} to {value}",
        TemplateChanged = "Template changed",
        LayoutUpdated = "Layout updated",
        Separator = "; ",
    };

    /// <summary>Turkish, as a revision table of a Turkish quality manual reads ("… olarak güncellendi").</summary>
    public static ChangeWords Turkish { get; } = new()
    {
        Tag = "tr",
        Quote = name => $"\u201C{name}\u201D",
        Set = (name, value) => $"{name}: {value} olarak belirlendi",
        Cleared = (name, old) => $"{name} kaldırıldı (önceki: {old})",
        Changed = (name, old, value) => $"{name}: {old} yerine {value}",
        TemplateChanged = "Şablon değiştirildi",
        LayoutUpdated = "Sayfa düzeni güncellendi",
        Separator = "; ",
    };

    /// <summary>Simplified Chinese, as the 修订记录 of a controlled document reads.</summary>
    public static ChangeWords Chinese { get; } = new()
    {
        Tag = "zh-Hans",
        Quote = name => $"\u201C{name}\u201D",
        Set = (name, value) => $"{name}设为{value}",
        Cleared = (name, old) => $"{name}已清除（原为{old}）",
        Changed = (name, old, value) => $"{name}由{old}改为{value}",
        TemplateChanged = "模板变更",
        LayoutUpdated = "版式更新",
        Separator = "；",
    };
}
