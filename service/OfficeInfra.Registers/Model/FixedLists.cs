namespace OfficeInfra.Registers.Model;

/// <summary>Who may see a department's folder (SPEC §3).</summary>
public enum AccessLevel { Public, Internal, Confidential, Restricted }

/// <summary>How a role is engaged.</summary>
public enum RoleType { Employee, Outsourced, Freelancer, Intern, Volunteer }

/// <summary>Working hours of a role.</summary>
public enum Hours { FullTime, PartTime }

/// <summary>How often a task is done.</summary>
public enum Frequency { Daily, Weekly, Monthly, Quarterly, Yearly, AsNeeded }
