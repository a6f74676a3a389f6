using ClosedXML.Excel;

namespace BookingOps.Domain.Documents;

/// <summary>How every exported workbook writes dates and money: as real dates and numbers, shown the way the business reads them.</summary>
public static class WorkbookCells
{
    public const string MoneyFormat = "#,##0.00";
    public const string DayFormat = "d mmm yyyy";

    public static void Day(IXLCell cell, DateOnly day)
    {
        cell.Value = day.ToDateTime(TimeOnly.MinValue);
        cell.Style.DateFormat.Format = DayFormat;
    }

    public static void Money(IXLCell cell, decimal amount)
    {
        cell.Value = amount;
        cell.Style.NumberFormat.Format = MoneyFormat;
    }
}
