namespace OfficeInfra.Documents.Word.Templating;

/// <summary>What a tag does in the template.</summary>
internal enum TagKind { Value, Open, Else, Close, Comment }
