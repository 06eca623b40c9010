using System.Linq.Expressions;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Schema;

/// <summary>A register whose rows are items of type <typeparamref name="T"/>.</summary>
public sealed class RegisterSheet<T> : RegisterSheet where T : class
{
    private readonly Func<T> _create;
    private readonly Func<RegisterSet, IReadOnlyList<T>> _items;
    private readonly Func<T, int?> _getRow;
    private readonly Action<T, int?> _setRow;

    /// <summary>
    /// A register: <paramref name="create"/> makes an empty item (required texts empty) that readers fill column by
    /// column; <paramref name="items"/> finds the register's items in a register set; <paramref name="row"/> is the item's row.
    /// </summary>
    public RegisterSheet(string name, string jsonKey, Func<T> create, Func<RegisterSet, IReadOnlyList<T>> items,
        Expression<Func<T, int?>> row, IReadOnlyList<RegisterColumn<T>> columns, bool optional = false)
        : base(name, jsonKey, optional)
    {
        _create = create;
        _items = items;
        var info = row.Body is MemberExpression { Member: System.Reflection.PropertyInfo p } ? p
            : throw new ArgumentException("The row must be a property of the item.", nameof(row));
        _getRow = info.GetMethod!.CreateDelegate<Func<T, int?>>();
        _setRow = info.SetMethod!.CreateDelegate<Action<T, int?>>();
        TypedColumns = columns;
    }

    /// <summary>The columns, bound to the item's properties.</summary>
    public IReadOnlyList<RegisterColumn<T>> TypedColumns { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<RegisterColumn> Columns => TypedColumns;

    /// <summary>The register's items in <paramref name="registers"/>.</summary>
    public IReadOnlyList<T> Items(RegisterSet registers) => _items(registers);

    /// <inheritdoc/>
    public override IReadOnlyList<object> ItemsOf(RegisterSet registers) => _items(registers);

    /// <inheritdoc/>
    public override int? RowOf(object item) => _getRow((T)item);

    /// <summary>A new, empty item for a reader to fill (a reader's job: items are immutable once handed on).</summary>
    internal T Create() => _create();

    /// <summary>Sets the row of an item that is being built.</summary>
    internal void SetRow(T item, int? row) => _setRow(item, row);
}
