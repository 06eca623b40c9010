using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Journey;

/// <summary>
/// The core business systems the Processes register's System column names (compared trimmed and case-insensitively,
/// in the order first named), and the processes that belong to none.
/// </summary>
public sealed record BusinessSystems(IReadOnlyList<BusinessSystem> Systems, IReadOnlyList<Process> WithoutSystem)
{
    /// <summary>The method's advice: four to nine core systems.</summary>
    public const int MaxSystems = 9;

    /// <summary>The systems of <paramref name="registers"/>.</summary>
    public static BusinessSystems Of(RegisterSet registers, ProcessIndex index)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(index);
        var named = registers.Processes.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        var systems = named.Where(p => !string.IsNullOrWhiteSpace(p.System))
            .GroupBy(p => new RegisterName(p.System))
            .Select(g => new BusinessSystem(g.Key.Display, g.ToList(),
                index.InRegisterOrder(g.SelectMany(p => index.Participants(p.Name)))))
            .ToList();
        return new BusinessSystems(systems, named.Where(p => string.IsNullOrWhiteSpace(p.System)).ToList());
    }
}
