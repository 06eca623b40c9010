using System.Linq.Expressions;
using System.Reflection;

namespace OfficeInfra.Registers.Schema;

/// <summary>
/// A column bound to a property of the model item <typeparamref name="T"/>: <c>new(C.ReportsTo, "reportsTo",
/// r =&gt; r.ReportsTo)</c>. The property gives both the accessor and the setter, so a new column is one entry.
/// </summary>
/// <remarks>
/// The readers build each item before anyone else sees it and set its values through the properties' init
/// accessors, one call per non-empty cell: a <c>with</c> copy per cell would double what reading 50,000 rows allocates.
/// </remarks>
public sealed class RegisterColumn<T> : RegisterColumn where T : class
{
    private readonly Func<T, string?>? _getText;
    private readonly Action<T, string?>? _setText;
    private readonly Func<T, IReadOnlyList<string>?>? _getList;
    private readonly Action<T, IReadOnlyList<string>>? _setList;

    /// <summary>A text column bound to <paramref name="property"/>.</summary>
    public RegisterColumn(string header, string jsonKey, Expression<Func<T, string?>> property) : base(header, jsonKey, null)
    {
        var info = PropertyOf(property);
        _getText = info.GetMethod!.CreateDelegate<Func<T, string?>>();
        _setText = info.SetMethod!.CreateDelegate<Action<T, string?>>();
    }

    /// <summary>A list column bound to <paramref name="property"/>, its items separated by <paramref name="separator"/> in a cell.</summary>
    public RegisterColumn(string header, string jsonKey, Expression<Func<T, IReadOnlyList<string>>> property, char separator)
        : base(header, jsonKey, separator)
    {
        var info = PropertyOf(property);
        _getList = info.GetMethod!.CreateDelegate<Func<T, IReadOnlyList<string>?>>();
        _setList = info.SetMethod!.CreateDelegate<Action<T, IReadOnlyList<string>>>();
    }

    /// <summary>The text of a text column (null for a list column).</summary>
    public string? Text(T item) => _getText?.Invoke(item);

    /// <summary>The items of a list column (empty for a text column).</summary>
    public IReadOnlyList<string> List(T item) => _getList?.Invoke(item) ?? [];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Items(object item) => List((T)item);

    /// <inheritdoc/>
    public override string? CellText(object item)
    {
        if (_getText is not null)
        {
            return _getText((T)item);
        }
        var list = List((T)item);
        return list.Count == 0 ? null : string.Join(Joiner, list);
    }

    /// <inheritdoc/>
    public override long Length(object item)
    {
        // The model's text fields are non-nullable by contract, but the rules never throw on bad data (property tests
        // build items with nulls), hence the null checks.
        if (_getText is not null)
        {
            return _getText((T)item)?.Length ?? 0;
        }
        var list = List((T)item);
        return list.Count == 0 ? 0 : list.Sum(i => (long)(i?.Length ?? 0)) + ((list.Count - 1L) * Joiner.Length);
    }

    /// <summary>Sets a text column's value on an item that is being built (a reader's job).</summary>
    internal void SetText(T item, string value) => _setText!(item, value);

    /// <summary>Sets a list column's items on an item that is being built (a reader's job).</summary>
    internal void SetList(T item, IReadOnlyList<string> items) => _setList!(item, items);

    private static PropertyInfo PropertyOf(LambdaExpression property) =>
        property.Body is MemberExpression { Member: PropertyInfo info } && info.SetMethod is not null
            ? info
            : throw new ArgumentException("A register column must name a settable property of the item, such as r => r.Title.", nameof(property));
}
