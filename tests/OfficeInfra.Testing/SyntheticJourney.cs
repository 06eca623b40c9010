using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Testing;

/// <summary>
/// A deterministic journey over any registers: phases of five stages, each stage with channels, an on-stage activity
/// by a role (every third by a department), one to three back-stage processes taken in turn, a pain point on every
/// fourth stage and a KPI. Every name it uses comes from the registers, so it adds no errors.
/// </summary>
public static class SyntheticJourney
{
    private static readonly string[] Phases = ["Awareness", "Purchase", "Delivery", "Use", "Support & renewal <İş>", "Loyalty 忠诚"];
    private static readonly string[] Channels = ["Website", "Phone", "E-mail", "Shop counter", "Printed brochure", "Product", "Çağrı merkezi"];

    /// <summary>The registers with a journey of <paramref name="stages"/> stages added (rows 2, 3, …).</summary>
    public static RegisterSet Add(RegisterSet registers, int stages)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentOutOfRangeException.ThrowIfLessThan(stages, 1);
        var journey = new List<JourneyStage>(stages);
        for (var i = 0; i < stages; i++)
        {
            var role = registers.Roles[(i * 7) % registers.Roles.Count];
            var processes = Enumerable.Range(0, 1 + (i % 3)).Select(k => registers.Processes[(i + (k * 5)) % registers.Processes.Count].Name)
                .Distinct().ToList();
            journey.Add(new JourneyStage(i % 5 == 0 ? Phases[(i / 5) % Phases.Length] : string.Empty,
                $"Stage {(i + 1).ToString(CultureInfo.InvariantCulture)} · {Channels[i % Channels.Length]}", i + 2)
            {
                CustomerAction = $"The customer does step {i + 1} & checks \"the result\"",
                FrontStage = [Channels[i % Channels.Length], Channels[(i + 3) % Channels.Length]],
                OnStage = $"Help the customer with step {i + 1}",
                OnStageBy = i % 3 == 0 ? [role.Department] : [role.Title],
                BackStage = processes,
                PainPoint = i % 4 == 1 ? $"Waits too long at step {i + 1}" : null,
                Kpi = $"Customers through step {i + 1} within a day",
            });
        }
        return registers with { Journey = journey };
    }
}
