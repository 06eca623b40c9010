using OfficeInfra.Documents.Wording;

namespace OfficeInfra.Documents.Control;

/// <summary>
/// How one kind of document (job description, SOP, chart) names the changes between two of its models, fact by fact.
/// Facts are named values in document order: a field (<c>Reports to</c>), an item (<c>task:T-0012</c>, its text) or an
/// item's field (<c>task:T-0012:frequency</c>).
/// </summary>
public interface IChangeWording
{
    /// <summary>True for an item keyed by a stable row identity (a Task's ID), which survives a rename of the document's subject.</summary>
    bool IsAnchor(string key);

    /// <summary>The change in words ("Task 'Book the courier collection' added"); null to leave it unsaid.</summary>
    string? Describe(FactChange change);

    /// <summary>The language's shared phrases (template changed, a value set or changed); English unless the kind
    /// of document writes its history in the organisation's language.</summary>
    ChangeWords Words => ChangeWords.English;
}

/// <summary>One fact that differs between two models.</summary>
/// <param name="Old">Null when the fact is new.</param>
/// <param name="New">Null when the fact is gone.</param>
/// <param name="OldFacts">Every fact of the older model, to name an item by its other facts (a step by its number).</param>
/// <param name="NewFacts">Every fact of the newer model.</param>
public sealed record FactChange(string Key, string? Old, string? New,
    IReadOnlyDictionary<string, string> OldFacts, IReadOnlyDictionary<string, string> NewFacts)
{
    /// <summary>The item part of the key (<c>task:T-0012</c> of <c>task:T-0012:frequency</c>).</summary>
    public string Item => Key.Count(c => c == ':') >= 2 ? Key[..Key.LastIndexOf(':')] : Key;

    /// <summary>The field part of an item's key (<c>frequency</c>), or null for a plain field or an item itself.</summary>
    public string? Field => Key.Count(c => c == ':') >= 2 ? Key[(Key.LastIndexOf(':') + 1)..] : null;

    /// <summary>A fact of the newer model, falling back to the older one (for a removed item).</summary>
    public string Fact(string key) => NewFacts.GetValueOrDefault(key) ?? OldFacts.GetValueOrDefault(key) ?? string.Empty;
}
