namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>PowerPoint sections from each slide's section name: neighbouring slides of one name form one section.</summary>
internal static class DeckSections
{
    public static List<(string Name, int Slides)> Of(IEnumerable<string> sectionOfEachSlide)
    {
        var sections = new List<(string Name, int Slides)>();
        foreach (var section in sectionOfEachSlide)
        {
            if (sections.Count > 0 && sections[^1].Name == section)
            {
                sections[^1] = (section, sections[^1].Slides + 1);
            }
            else
            {
                sections.Add((section, 1));
            }
        }
        return sections;
    }
}
