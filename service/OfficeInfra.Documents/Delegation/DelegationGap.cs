using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Delegation;

/// <summary>
/// A task done today by someone other than the role that should do it (the Tasks register's Currently Done By).
/// </summary>
/// <param name="ShouldDo">The role that should do the task, as written (trimmed).</param>
/// <param name="DoneBy">Who does it today, as written (trimmed).</param>
/// <param name="DoerRole">The role of whoever does it today: the role of that title, or the role that person holds; empty when unknown.</param>
public sealed record DelegationGap(TaskItem Task, string ShouldDo, string DoneBy, string DoerRole);
