namespace OfficeInfra.Documents.Word;

/// <summary>The built-in Word templates: one per role type's document, and the SOP.</summary>
public enum WordTemplate
{
    /// <summary>An employee's job description.</summary>
    JobDescription,

    /// <summary>An intern's internship description: supervisor, tasks and what the intern learns from them.</summary>
    Internship,

    /// <summary>A volunteer's role description: no employment wording, time given instead of hours of work.</summary>
    Volunteer,

    /// <summary>An outsourced firm's or a freelancer's service scope: deliverables, frequency, the contact inside.</summary>
    ServiceScope,

    /// <summary>A process's standard operating procedure.</summary>
    Sop,
}
