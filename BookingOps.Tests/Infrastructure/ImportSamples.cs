using System.Globalization;
using System.Text;

namespace BookingOps.Tests.Infrastructure;

/// <summary>Spreadsheets as an office exports them, for the import tests.</summary>
public static class ImportSamples
{
    /// <summary>
    /// 50 expense rows in a spreadsheet's own words: Aina Razak's parking on <paramref name="booking"/>,
    /// and every fifth row the lorry's diesel (overhead). Rows 7, 19 and 33 (lines 8, 20 and 34) are wrong:
    /// a 31 February, an amount of "a lot" and a category that does not exist.
    /// </summary>
    public static string ExpensesCsv(string booking)
    {
        var text = new StringBuilder("Tarikh,Details,Category,Amount (RM),SST,Supplier,Staff,Booking\n");
        for (var i = 1; i <= 50; i++)
        {
            var day = (i % 28 + 1).ToString("00", CultureInfo.InvariantCulture);
            var row = i switch
            {
                7 => $"31/02/2026,Petrol,Travel,45.00,,Petron,Aina Razak,{booking}",
                19 => $"2026-11-{day},Lunch,Meals,a lot,,Mamak,Aina Razak,{booking}",
                33 => $"2026-11-{day},Ink,Stationery,12.00,,MR DIY,Aina Razak,{booking}",
                _ when i % 5 == 0 => $"2026-11-{day},Diesel for the lorry,Fuel,\"RM 1,250.50\",70.76,Petronas,,",
                _ => $"{i % 28 + 1}/11/2026,\"Parking, hall\",Parking and tolls,{i}.50,,Dewan car park,Aina Razak,{booking}",
            };
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }
}
