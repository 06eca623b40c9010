using OfficeInfra.Documents.Control;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents;

/// <summary>What a generated document is about.</summary>
public enum DocumentKind { JobDescription, Sop, OrgChart, ServiceBlueprint, BusinessSystems, DelegationReport }

/// <summary>One generated document: what it is about, its bytes and its control record. Where it goes is the library's business.</summary>
/// <param name="Department">The department it belongs to, the key of its folder (<see cref="Filing.LibraryFiling"/>); null for a
/// document of the whole organisation, filed at the root.</param>
/// <param name="Subject">Role, process or department name as written in the workbook, trimmed.</param>
/// <param name="Record">What the library's records keep of it (ID, version, dates, model hash, history); null for a
/// document that is not controlled.</param>
public sealed record GeneratedDocument(DocumentKind Kind, RegisterName? Department, string Subject, byte[] Content, ControlRecord? Record = null);
