namespace OfficeInfra.Registers.Model;

/// <summary>
/// How one language joins names into a sentence: the one joiner every finding, document and history row uses. English
/// and Turkish separate with a comma ("A, B ve C"); Chinese with the enumeration comma and no space ("A、B和C"), as a
/// Chinese HR writer lists names. Empty and blank items are left out.
/// </summary>
/// <param name="Separator">Between items of a series: ", " or "、".</param>
/// <param name="AndWord">Before the last item of a list that means all of them: " and ", " ve ", "和".</param>
/// <param name="OrWord">Before the last item of a list that means one of them: " or ", " veya ", "或".</param>
public sealed record ListJoiner(string Separator, string AndWord, string OrWord)
{
    /// <summary>English: "A, B and C".</summary>
    public static ListJoiner English { get; } = new(", ", " and ", " or ");

    /// <summary>Turkish: "A, B ve C".</summary>
    public static ListJoiner Turkish { get; } = new(", ", " ve ", " veya ");

    /// <summary>Simplified Chinese: "A、B和C".</summary>
    public static ListJoiner Chinese { get; } = new("、", "和", "或");

    /// <summary>The joiner of <paramref name="language"/>.</summary>
    public static ListJoiner For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>A series with no conjunction, for labels, cells and step numbers: "2, 3, 4", "2、3、4".</summary>
    public string Series(IEnumerable<string?> items) => string.Join(Separator, Present(items));

    /// <summary>All of the items, in running text: "Sales, Support and Finance", "销售部、客服部和财务部".</summary>
    public string And(IEnumerable<string?> items) => Last(Present(items), AndWord);

    /// <summary>One of the items, in running text: "Daily, Weekly or Monthly".</summary>
    public string Or(IEnumerable<string?> items) => Last(Present(items), OrWord);

    private string Last(List<string> items, string word) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(Separator, items.Take(items.Count - 1)) + word + items[^1];

    private static List<string> Present(IEnumerable<string?> items) =>
        [.. (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!)];
}
