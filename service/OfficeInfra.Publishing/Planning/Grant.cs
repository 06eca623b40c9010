namespace OfficeInfra.Publishing.Planning;

/// <summary>The permission a principal holds on a department folder (SPEC §3).</summary>
public enum GrantRole { Read, Write, Owner }

/// <summary>A principal (group or user e-mail / object id) and the role it holds.</summary>
public sealed record Grant(string Principal, GrantRole Role);
