using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Journey;

/// <summary>
/// One stage of the journey with its names resolved against the registers: the phase it falls in (a blank Phase
/// continues the phase above), who is on stage and in which department, and the back-stage processes that exist.
/// </summary>
/// <param name="Source">The Journey row as written.</param>
/// <param name="Phase">The stage's phase after blank cells took the phase above.</param>
/// <param name="Actors">Each name in On Stage By that is a department or a role, with its department.</param>
/// <param name="Processes">The back-stage processes found in the Processes register, in the order named.</param>
/// <param name="Departments">Every department serving the stage, on stage or back stage, in register order.</param>
public sealed record JourneyStageView(
    JourneyStage Source,
    string Phase,
    IReadOnlyList<StageActor> Actors,
    IReadOnlyList<Process> Processes,
    IReadOnlyList<string> Departments)
{
    /// <summary>The stage's name, trimmed.</summary>
    public string Name => Source.Stage.Trim();

    /// <summary>"Phase › Stage", as job descriptions and SOPs name a stage (just the stage when it has no phase).</summary>
    public string Path => Phase.Length == 0 ? Name : $"{Phase} › {Name}";

    /// <summary>The departments doing the on-stage activity, each once, in the order named.</summary>
    public IReadOnlyList<string> OnStageDepartments => Actors.Select(a => a.Department).DistinctBy(d => new RegisterName(d)).ToList();

    /// <summary>The core business systems of the back-stage processes, each once (processes with none are left out).</summary>
    public IReadOnlyList<string> Systems => Processes.Where(p => !string.IsNullOrWhiteSpace(p.System))
        .Select(p => new RegisterName(p.System)).Distinct().Select(n => n.Display).ToList();
}

/// <summary>A department or role named in On Stage By.</summary>
/// <param name="Name">The name as the registers write it.</param>
/// <param name="Department">The department itself, or the role's department.</param>
/// <param name="IsRole">True when the name is a role.</param>
public sealed record StageActor(string Name, string Department, bool IsRole);
