using System.Globalization;
using BookingOps.Domain.Expenses;

namespace BookingOps.Tests.Domain;

public sealed class ReceiptTextTests
{
    [Fact]
    public void A_grocery_receipt_gives_its_total_date_and_shop()
    {
        var scan = ReceiptText.Parse("""
            TAX INVOICE
            KEDAI RUNCIT AH SENG
            (1234567-X)
            No. 12, Jalan Kapar
            41050 Klang, Selangor
            Tel: 03-3344 5566
            Receipt No: CS0012345
            Date: 12/01/2026  Time: 14:35
            ----------------------------------------
            Milo 1kg                           21.90
            Gardenia Bread
              2 x 4.30                          8.60
            ----------------------------------------
            SUBTOTAL                           30.50
            SST 6%                              1.83
            Rounding                            0.02
            TOTAL                          RM 32.35
            CASH                           RM 50.00
            CHANGE                         RM 17.65
            THANK YOU, PLEASE COME AGAIN
            """);

        Assert.Equal(new ReceiptScan(32.35m, new DateOnly(2026, 1, 12), "KEDAI RUNCIT AH SENG", scan.Text), scan);
    }

    [Fact]
    public void A_fuel_receipt_read_badly_by_OCR_still_gives_its_total_and_date()
    {
        var scan = ReceiptText.Parse("""
            4 Petron Jalan Klang q
            ; Co. Reg: 200701198261 (782343-Q) 4
            q Lot 295, Jalan Batu Tiga Lama 4
            3 50400 Kuala Lumpur
            E OFFICIAL RECEIPT
            . 24-SEP-26 07:44 :
            4 Diesel B10 RM 194.39 4
            zi RON97 RM 6l.60
            : Sub Total RM 1,233.5O :
            4 T0TAL RM 1, 233.50
            4 CASH RM 1,250.00
            3 Baki RM 16.50 :
            """);

        Assert.Equal(1233.50m, scan.Total);
        Assert.Equal(new DateOnly(2026, 9, 24), scan.Date);
        Assert.Equal("Petron Jalan Klang", scan.Vendor);
    }

    [Theory]
    [InlineData("TOTAL 12.50")]
    [InlineData("GRAND TOTAL RM 12.50")]
    [InlineData("JUMLAH RM12.50")]
    [InlineData("Jumlah Besar 12.50")]
    [InlineData("AMOUNT DUE: 12.50")]
    [InlineData("NETT TOTAL 12.50")]
    [InlineData("Nett 12.50")]
    [InlineData("TOTAL (RM) 12.50")]
    [InlineData("Total Amount 12.50")]
    [InlineData("Total Incl. SST 12.50")]
    [InlineData("Total Payable: 12,50")]
    public void The_total_is_read_under_each_of_its_names(string line)
    {
        Assert.Equal(12.50m, Total("Nasi Lemak 9.50", "Teh Tarik 3.00", line));
    }

    [Theory]
    [InlineData("TOTAL RM 1,234.50", 1234.50)]
    [InlineData("TOTAL 1234.50", 1234.50)]
    [InlineData("TOTAL 12.50", 12.50)]
    [InlineData("TOTAL RM1,234,50", 1234.50)]
    [InlineData("TOTAL 1, 234.50", 1234.50)]
    [InlineData("TOTAL 12 .50", 12.50)]
    [InlineData("TOTAL 12. 50", 12.50)]
    [InlineData("TOTAL RM12 50", 12.50)]
    [InlineData("TOTAL 0.95", 0.95)]
    public void Amounts_are_read_with_separators_spaces_and_a_comma_for_the_point(string line, decimal total)
    {
        Assert.Equal(total, Total(line));
    }

    [Theory]
    [InlineData("T0TAL RM 1O.5O")]
    [InlineData("TOTAI l0.50")]
    [InlineData("TOTAL I0.S0")]
    [InlineData("TOTAL 1@.50")]
    [InlineData("TOTAL: 10.50 q")]
    [InlineData("Tota1 |0.5O")]
    public void Letters_that_OCR_puts_for_digits_and_digits_for_letters_are_read_back(string line)
    {
        Assert.Equal(10.50m, Total("Roti Canai 1.50", line));
    }

    [Fact]
    public void A_subtotal_larger_than_the_total_after_a_discount_is_not_the_total()
    {
        Assert.Equal(45.00m, Total("SUBTOTAL 50.00", "Member Disc. -5.00", "TOTAL 45.00"));
    }

    [Fact]
    public void Cash_and_change_after_the_total_are_not_the_total()
    {
        Assert.Equal(32.35m, Total("TOTAL 32.35", "CASH 100.00", "CHANGE 67.65"));
        Assert.Equal(32.35m, Total("JUMLAH 32.35", "Tunai 50.00", "Baki 17.65"));
        Assert.Equal(32.35m, Total("TOTAL 32.35", "Cash Tendered 50.00", "Change Due 17.65"));
    }

    [Fact]
    public void Rounding_tax_quantities_and_savings_lines_are_not_the_total()
    {
        Assert.Equal(31.85m, Total(
            "Total Qty: 3", "Sub Total 27.00", "SST 8% 2.16", "Service Charge 10% 2.70", "Rounding Adj -0.01",
            "TOTAL 31.85", "Total Savings 4.00", "Total Items 3.00"));
    }

    [Fact]
    public void Words_a_letter_away_from_a_label_are_not_that_label()
    {
        // TAYAR (a tyre) is one letter from BAYAR (pay), BRAND from GRAND.
        Assert.Equal(6292.85m, Total(
            "Tayar 195/65R15 RM289.50", "Brand X Battery 212.10", "Sub Total RM5936.66", "SST 6% RM356.20", "GRAND TOTAL RM6292.85"));
    }

    [Fact]
    public void A_total_without_tax_is_a_subtotal_and_a_total_with_it_is_the_total()
    {
        Assert.Equal(53.00m, Total("Total Excl. SST 50.00", "SST 6% 3.00", "Total Incl. SST 53.00"));
    }

    [Fact]
    public void A_grand_total_is_preferred_to_a_plain_total_and_the_last_one_to_earlier_ones()
    {
        Assert.Equal(45.30m, Total("GRAND TOTAL 45.30", "TOTAL 40.00"));
        Assert.Equal(45.30m, Total("TOTAL 45.32", "Rounding -0.02", "TOTAL 45.30"));
    }

    [Fact]
    public void A_total_whose_amount_OCR_put_on_the_next_line_is_found_there()
    {
        Assert.Equal(32.35m, Total("SUBTOTAL 30.00", "TOTAL", "RM 32.35", "CASH 50.00"));
    }

    [Fact]
    public void When_the_total_line_is_unreadable_the_summary_lines_are_added_up()
    {
        Assert.Equal(1316.30m, Total(
            "Diesel B10 572.40", "Jumlah Kecil 1,241.79", "Service Tax 6% 74.51", "Rounding 0.00", "Totau- Incl. Sst; L100 3"));
        Assert.Equal(92.25m, Total("Sub-Total 92.26", "Rounding -0.01", "TOTAL (RM) 92125", "CASH 150.00", "CHANGE 37.75"));
    }

    [Fact]
    public void When_the_total_line_is_unreadable_an_amount_that_the_sums_agree_with_is_the_total()
    {
        Assert.Equal(713.40m, Total("Jumlah Kecil 660.56", "SST 8% 52.84", "amount pue 713.40", "Cash Tendered 900.60", "Change Due 186.60"));
    }

    [Fact]
    public void Without_a_total_or_subtotal_cash_less_change_is_the_total()
    {
        Assert.Equal(32.35m, Total("Roti Canai 1.50", "Tunai 50.00", "Baki 17.65"));
    }

    [Fact]
    public void Without_a_total_or_subtotal_what_was_paid_by_card_is_the_total()
    {
        Assert.Equal(32.35m, Total("Nasi Campur 12.00", "VISA ****1234 32.35"));
        Assert.Equal(32.35m, Total("Nasi Campur 12.00", "Touch 'n Go eWallet 32.35"));
    }

    [Fact]
    public void Without_any_total_sum_or_payment_the_items_are_added_up()
    {
        Assert.Equal(20.50m, Total("Nasi Campur 12.00", "2 x 4.25 8.50", "JUMLAH"));
    }

    [Fact]
    public void With_nothing_else_to_go_by_the_largest_amount_that_is_not_cash_is_taken()
    {
        Assert.Equal(12.00m, Total("Rounding 0.02", "Nasi Campur 12.00", "Teh Tarik 2.00", "CASH 100.00"));
    }

    [Theory]
    [InlineData("TOTAL 82.35", "CASH 50.00", "CHANGE 17.65")]
    [InlineData("TOTAL 82.35", "VISA ****1234 32.35", "")]
    public void A_total_misread_by_OCR_gives_way_when_two_of_the_receipts_sums_say_otherwise(string total, string paid, string change)
    {
        Assert.Equal(32.35m, Total("SUBTOTAL 30.52", "SST 6% 1.83", total, paid, change));
    }

    [Fact]
    public void A_total_larger_than_the_cash_handed_over_was_misread_and_the_items_are_added_up_instead()
    {
        Assert.Equal(92.25m, Total("Milo Ais", "2 x 4.20 8.40", "4 x 12.19 48.76", "3 Nasi Campur 35.10", "Rounding Adj -0.01", "TOTAL 921.25", "Tunai 100.00", "CHANGE aes)"));
    }

    [Fact]
    public void Percentages_dates_times_and_phone_numbers_are_not_amounts()
    {
        Assert.Null(Total("SST 6.00%", "Date: 12.01.26 14:35", "Tel: 03-7865 4321", "Total Qty 5"));
        Assert.Null(ReceiptText.Parse("").Total);
    }

    [Fact]
    public void Amounts_are_read_the_same_whatever_the_machines_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(1234.50m, Total("TOTAL RM 1,234.50"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("Date: 12/01/2026 Time: 14:35", 2026, 1, 12)]
    [InlineData("12-01-2026 14:35:09", 2026, 1, 12)]
    [InlineData("Tarikh: 12.01.26 Masa: 2:35 PM", 2026, 1, 12)]
    [InlineData("2026-01-12 14:35", 2026, 1, 12)]
    [InlineData("12 Jan 2026 2:35 PM", 2026, 1, 12)]
    [InlineData("12-JAN-26 14:35", 2026, 1, 12)]
    [InlineData("Date : 12/01/26", 2026, 1, 12)]
    [InlineData("5 Mac 2026", 2026, 3, 5)]
    [InlineData("05/03/2026", 2026, 3, 5)]
    [InlineData("1/2/2026", 2026, 2, 1)]
    [InlineData("Date: l2/0l/2O26", 2026, 1, 12)]
    [InlineData("Tarikh: 2025-@9-15 Masa: 10:04 AM", 2025, 9, 15)]
    [InlineData("Tarikh: 01,05.24", 2024, 5, 1)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void Dates_are_read_day_first_in_the_usual_formats(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ReceiptText.Parse($"SHOP\n{line}\nTOTAL 1.00").Date);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("29/02/2025")]
    [InlineData("13/13/2026")]
    [InlineData("01/25/2026")]
    [InlineData("00/01/2026")]
    [InlineData("Time: 14:35:09")]
    [InlineData("SST ID: W10-1808-32000123")]
    [InlineData("Tel: 03-7865 4321")]
    [InlineData("TOTAL 12.01")]
    [InlineData("12/01/1987")]
    public void Impossible_dates_times_and_other_numbers_are_no_dates(string line)
    {
        Assert.Null(ReceiptText.Parse($"SHOP\n{line}").Date);
    }

    [Fact]
    public void The_date_on_a_date_line_is_preferred_to_another_one_above_it()
    {
        Assert.Equal(new DateOnly(2026, 1, 12), ReceiptText.Parse("SHOP\nMember since 01/06/2020\nDate: 12/01/2026\nTOTAL 1.00").Date);
        Assert.Equal(new DateOnly(2020, 6, 1), ReceiptText.Parse("SHOP\n01/06/2020\n12/01/2026\nTOTAL 1.00").Date);
    }

    [Theory]
    [InlineData("MR DIY\nMR DIY (M) SDN BHD (651528-A)", "MR DIY")]
    [InlineData("99 Speedmart\n(961050-U)", "99 Speedmart")]
    [InlineData("TAX INVOICE\nPetron Jalan Klang\nLot 5, Jalan Kapar", "Petron Jalan Klang")]
    [InlineData("OFFICIAL RECEIPT\nCo. Reg: 201901012345 (1234567-K)\nSST ID: W10-1808-32000123\nKEDAI KOPI HOCK KEE", "KEDAI KOPI HOCK KEE")]
    [InlineData("No. 12, Jalan SS 2/24\n47300 Petaling Jaya\nBENGKEL MOTOR ZAINAL", "BENGKEL MOTOR ZAINAL")]
    [InlineData("12345678\n*** WELCOME ***\nTel: 03-1234 5678\nTayar & Bateri Ah Keong", "Tayar & Bateri Ah Keong")]
    [InlineData("E\n4 KK Super Mart q\n(123456-X)", "KK Super Mart")]
    [InlineData("@ PASARAYA SEGAR JAYA ig", "PASARAYA SEGAR JAYA")]
    [InlineData("** Restoran Sri Murugan **", "Restoran Sri Murugan")]
    public void The_vendor_is_the_first_line_at_the_top_that_can_be_a_shops_name(string top, string vendor)
    {
        Assert.Equal(vendor, ReceiptText.Parse(top + "\nDate: 12/01/2026\nTOTAL 10.00").Vendor);
    }

    [Fact]
    public void A_receipt_without_a_readable_name_has_no_vendor()
    {
        Assert.Null(ReceiptText.Parse("RECEIPT\n(123456-X)\n12/01/2026 14:35\nTOTAL 10.00").Vendor);
    }

    [Fact]
    public void What_OCR_saw_is_kept_with_the_scan()
    {
        const string text = "SHOP\nTOTAL 1.00\n";
        Assert.Equal(text, ReceiptText.Parse(text).Text);
    }

    private static decimal? Total(params string[] lines) => ReceiptText.Parse("SHOP\n" + string.Join('\n', lines)).Total;
}
