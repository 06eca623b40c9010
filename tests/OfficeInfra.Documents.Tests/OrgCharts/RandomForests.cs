using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Registers.Model;
using OfficeInfra.Testing;

namespace OfficeInfra.Documents.Tests.OrgCharts;

/// <summary>
/// FsCheck generation of organisations shaped as real ones are: several top roles, deep chains (up to about 30
/// levels), wide teams (up to about 200 reports), and departments whose roles report across department lines.
/// A case is a handful of numbers and a seed, so it prints short, replays exactly, and shrinks towards small forests.
/// </summary>
internal static class RandomForests
{
    /// <summary>How a forest grows: each new role joins the chain, the wide team, or a random manager.</summary>
    public sealed record Shape(int Roles, int Roots, int Departments, int ChainWeight, int WideWeight, int CrossPercent, int Seed)
    {
        public override string ToString() =>
            $"{Roles} roles, {Roots} roots, {Departments} departments, chain {ChainWeight}, wide {WideWeight}, cross {CrossPercent}%, seed {Seed}";
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
            builder.Role($"R{i + 1}", $"Department {department[i] + 1}", manager is { } boss ? $"R{boss + 1}" : null,
                holder: random.Next(6) == 0 ? null : $"Person {i + 1}");
        }
        return builder.Build();
    }
}
