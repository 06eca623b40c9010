namespace OfficeInfra.Documents;

/// <summary>What a generated document is about.</summary>
public enum DocumentKind { JobDescription, Sop, OrgChart }

/// <summary>One generated document: what it is about and its bytes. Where it goes is the library's business.</summary>
/// <param name="Department">The department it belongs to; null for the organisation-wide org chart.</param>
/// <param name="Subject">Role, process or department name as written in the workbook, trimmed.</param>
public sealed record GeneratedDocument(DocumentKind Kind, string? Department, string Subject, byte[] Content);
