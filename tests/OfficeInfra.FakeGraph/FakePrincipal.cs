namespace OfficeInfra.FakeGraph;

/// <summary>A site user or group. <paramref name="PrincipalType"/>: 1 user, 4 security group, 8 SharePoint group.</summary>
public sealed record FakePrincipal(int Id, string Title, string LoginName, string? Email, int PrincipalType);

/// <summary>A role definition with SharePoint's id and RoleTypeKind.</summary>
public sealed record FakeRole(int Id, string Name, int RoleTypeKind);

/// <summary>One request the fake saw, with what it answered.</summary>
public sealed record RecordedRequest(string Method, string Path, int Status, DateTimeOffset At, string? UserAgent,
    bool HadAuthorization, FaultKind? Fault);
