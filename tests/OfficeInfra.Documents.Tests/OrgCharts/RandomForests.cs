using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// FsCheck generation of organisations shaped as real ones are: several top roles, deep chains (up to about 30
/// levels), wide teams (up to about 200 reports), and departments whose roles report across department lines.
/// Titles are short, or as real ones run long: many Latin words (up to 300 characters), Chinese without spaces,
/// Turkish, or a mix. A case is a handful of numbers and a seed, so it prints short, replays exactly, and shrinks
/// towards small forests with short titles.
/// </summary>
internal static class RandomForests
{
    /// <summary>How a forest grows: each new role joins the chain, the wide team, or a random manager.</summary>
    public sealed record Shape(int Roles, int Roots, int Departments, int ChainWeight, int WideWeight, int CrossPercent, int Seed,
        TitleStyle Titles = TitleStyle.Short)
    {
        public override string ToString() =>
            $"{Roles} roles, {Roots} roots, {Departments} departments, chain {ChainWeight}, wide {WideWeight}, cross {CrossPercent}%, seed {Seed}, titles {Titles}";
    }

    /// <summary>How role titles read after their unique prefix.</summary>
    public enum TitleStyle { Short, Long, Chinese, Turkish, Mixed }

    private static readonly string[] LatinWords =
        ["Regional", "Director", "of", "Customer", "Experience", "Logistics", "and", "Continuous", "Improvement", "for", "the",
         "Northern", "Territories", "Senior", "Associate", "Datenschutzbeauftragter", "Coordinator", "Quality", "Assurance"];

    private static readonly string[] ChineseWords = ["区域", "运营", "与", "物流", "协调", "经理", "高级", "质量", "保证", "主管", "设备测试", "包装技术员"];

    private static readonly string[] TurkishWords = ["Bölge", "Satış", "Müdürü", "Yardımcısı", "İnsan", "Kaynakları", "Uzmanı", "Şube", "Çağrı", "Merkezi", "Öğrenci", "Işık"];

    private static string Title(int index, TitleStyle style, Random random)
    {
        string Words(string[] words, int count, string separator) =>
            string.Join(separator, Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var title = $"R{index + 1}";
        var rest = style switch
        {
            TitleStyle.Long => Words(LatinWords, random.Next(1, 40), " "),
            TitleStyle.Chinese => Words(ChineseWords, random.Next(1, 30), ""),
            TitleStyle.Turkish => Words(TurkishWords, random.Next(1, 12), " "),
            TitleStyle.Mixed => Words(random.Next(3) switch { 0 => LatinWords, 1 => ChineseWords, _ => TurkishWords }, random.Next(1, 20), " "),
            _ => "",
        };
        return rest.Length == 0 ? title : (title + " " + rest)[..Math.Min(300, title.Length + 1 + rest.Length)].TrimEnd();
    }

    public static Arbitrary<Shape> Arbitrary { get; } = Arb.From(
        from roles in Gen.Frequency((1, Gen.Choose(1, 40)), (2, Gen.Choose(40, 500)))
        from roots in Gen.Frequency((1, Gen.Constant(1)), (3, Gen.Choose(2, 8)))
        from departments in Gen.Choose(1, 9)
        from chain in Gen.Choose(0, 4)
        from wide in Gen.Choose(0, 4)
        from cross in Gen.Elements(0, 0, 10, 30)
        from seed in Gen.Choose(0, 1_000_000)
        select new Shape(roles, Math.Min(roots, roles), departments, chain, wide, cross, seed),
        shape => Shrinks(shape));

    /// <summary>Any of the forests above, with titles of every style.</summary>
    public static Arbitrary<Shape> WithTitles { get; } = Arb.From(
        from shape in Arbitrary.Generator
        from titles in Gen.Elements(TitleStyle.Short, TitleStyle.Long, TitleStyle.Chinese, TitleStyle.Turkish, TitleStyle.Mixed)
        select shape with { Titles = titles, Roles = Math.Min(shape.Roles, 200) },
        shape => Shrinks(shape).Prepend(shape with { Titles = TitleStyle.Short }).Where(s => s != shape));

    private static IEnumerable<Shape> Shrinks(Shape shape)
    {
        if (shape.Roles > 1)
        {
            yield return shape with { Roles = shape.Roles / 2, Roots = Math.Min(shape.Roots, shape.Roles / 2) };
            yield return shape with { Roles = shape.Roles - 1, Roots = Math.Min(shape.Roots, shape.Roles - 1) };
        }
        if (shape.Departments > 1)
        {
            yield return shape with { Departments = shape.Departments - 1 };
        }
        if (shape.CrossPercent > 0)
        {
            yield return shape with { CrossPercent = 0 };
        }
    }

    public static RegisterSet Build(Shape shape)
    {
        var random = new Random(shape.Seed);
        var builder = new RegisterSetBuilder().Organisation("Forest");
        for (var d = 0; d < shape.Departments; d++)
        {
            builder.Department($"Department {d + 1}");
        }
        var department = new int[shape.Roles];
        var depth = new int[shape.Roles];
        var wide = 0;
        var wideReports = 0;
        var titles = new List<string>(shape.Roles);
        for (var i = 0; i < shape.Roles; i++)
        {
            int? manager = null;
            if (i >= shape.Roots)
            {
                var pick = random.Next(shape.ChainWeight + shape.WideWeight + 2);
                if (pick < shape.ChainWeight && depth[i - 1] < 30)
                {
                    manager = i - 1;
                }
                else if (pick < shape.ChainWeight + shape.WideWeight && wideReports < 200)
                {
                    manager = wide;
                    wideReports++;
                }
                else
                {
                    manager = random.Next(i);
                }
                if (random.Next(40) == 0)
                {
                    (wide, wideReports) = (i, 0); // a new wide team starts under this role
                }
            }
            department[i] = manager is { } m && random.Next(100) >= shape.CrossPercent ? department[m] : random.Next(shape.Departments);
            depth[i] = manager is { } p ? depth[p] + 1 : 0;
            titles.Add(Title(i, shape.Titles, random));
            builder.Role(titles[i], $"Department {department[i] + 1}", manager is { } boss ? titles[boss] : null,
                holder: random.Next(6) == 0 ? null : $"Person {i + 1}");
        }
        return builder.Build();
    }
}
