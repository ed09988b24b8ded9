namespace Crocodial.Bot.Core.Views;

/// <summary>
/// The per-day table: one row per day of the range in date order, a day without data included with
/// a <see cref="TableRow.Note"/> ("no calls recorded"), and a total row. Cells line up with columns.
/// </summary>
public sealed record DayTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, TableRow Total);

/// <summary>A column; a narrow (phone) layout may keep only the <paramref name="Essential"/> ones.</summary>
public sealed record TableColumn(string Header, bool Essential, bool Numeric);

/// <summary>
/// A row's cells, the first being its label ("Mon 19 May", "Total"). When <paramref name="Note"/> is set
/// the other cells are empty and the note stands for them.
/// </summary>
public sealed record TableRow(DateOnly? Date, IReadOnlyList<string> Cells, string? Note)
{
    public string Label => Cells[0];
}
