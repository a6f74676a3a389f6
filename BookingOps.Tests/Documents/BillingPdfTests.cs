using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Settings;
using BookingOps.Tests.Domain.Billing;

namespace BookingOps.Tests.Documents;

/// <summary>Invoices and receipts as PDF, read back with poppler: what the customer receives.</summary>
public sealed class BillingPdfTests : BillingTest
{
    private static readonly DateTimeOffset Printed = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    private async Task<InvoiceDocument> InvoiceWithLinesAsync(int lines, int? customer = null)
    {
        var id = await Harness.Get<InvoiceService>().CreateAsync(new InvoiceInput
        {
            CustomerId = customer ?? Customer,
            Lines = Enumerable.Range(1, lines)
                .Select(i => new PriceLineInput { Description = $"Bin rental week {i}, 4×12×6 ft (roll-off)", Quantity = 1, UnitPrice = 100m + i, TaxRatePercent = 6m })
                .ToList(),
            Notes = "Bank transfer to Maybank 5140 1234 5678.",
        });
        await IssueAsync(id);
        return (await Harness.Get<BillingDocuments>().InvoiceAsync(id))!;
    }

    [Fact]
    public async Task A_one_line_invoice_is_one_a4_page_with_the_business_customer_number_and_totals()
    {
        var invoice = await InvoiceWithLinesAsync(1);

        var pdf = BillingPdf.Invoice(invoice, PaperFormat.A4, Printed);

        Assert.Contains("Pages:           1", Poppler.Info(pdf), StringComparison.Ordinal);
        Assert.Contains("595.28 x 841.89", Poppler.Info(pdf), StringComparison.Ordinal);
        var text = Poppler.Text(pdf);
        Assert.Contains("Kilat Bins Sdn Bhd", text, StringComparison.Ordinal);
        Assert.Contains("Reg. no. 201901234567", text, StringComparison.Ordinal);
        Assert.Contains("INV-2026-00001", text, StringComparison.Ordinal);
        Assert.Contains("Aminah Weddings", text, StringComparison.Ordinal);
        Assert.Contains("Bin rental week 1, 4×12×6 ft (roll-off)", text, StringComparison.Ordinal);
        Assert.Matches(@"Total \(MYR\)\s+107\.06", text);
        Assert.Matches(@"Balance due\s+107\.06", text);
        Assert.Contains("Please pay by 5 December 2026, quoting INV-2026-00001.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_takes_its_title_and_creation_date_from_the_document_and_the_caller()
    {
        var invoice = await InvoiceWithLinesAsync(1);

        var info = Poppler.Info(BillingPdf.Invoice(invoice, PaperFormat.Thermal, Printed));

        Assert.Contains("Title:           Invoice INV-2026-00001\n", info, StringComparison.Ordinal);
        Assert.Contains("CreationDate:    2026-11-21T02:00:00Z\n", info, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaperFormat.A4)]
    [InlineData(PaperFormat.Thermal)]
    public async Task Chinese_malay_and_tamil_names_read_back_exactly_in_embedded_noto_fonts(PaperFormat format)
    {
        string[] names = ["陈伟明 Trading", "Nur Aisyah binti Ahmad", "முருகன் Catering"];
        foreach (var (name, i) in names.Select((name, i) => (name, i)))
        {
            var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: name, phone: $"012-555 010{i}", contact: null));
            var invoice = await InvoiceWithLinesAsync(1, customer);

            var pdf = BillingPdf.Invoice(invoice, format, Printed);

            Assert.Contains(name, Poppler.Text(pdf), StringComparison.Ordinal);
            var fonts = Poppler.Fonts(pdf);
            Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} ({font.Type}) is not embedded"));
            Assert.Contains(fonts, font => font.Name.EndsWith("+NotoSans-Bold", StringComparison.Ordinal));
            Assert.Single(Poppler.Render(pdf, $"names-{format}-{i}", dpi: 80));
        }
    }

    [Fact]
    public async Task Fonts_are_embedded_cut_down_to_the_glyphs_used_so_a_chinese_invoice_stays_small()
    {
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "முருகன் Catering", phone: "012-555 0200", contact: "陈伟明"));
        var invoice = await InvoiceWithLinesAsync(1, customer);

        var pdf = BillingPdf.Invoice(invoice, PaperFormat.A4, Printed);

        var fonts = Poppler.Fonts(pdf);
        Assert.Equal(
            ["NotoSans-Bold", "NotoSans-Regular", "NotoSansCJKsc-Regular", "NotoSansTamil-Bold"],
            fonts.Select(font => font.Name.Split('+')[^1]).Order(StringComparer.Ordinal));
        Assert.All(fonts, font => Assert.Equal(("CID TrueType", true), (font.Type, font.Embedded)));
        // Whole, the fonts would make it over 10 MB.
        Assert.InRange(pdf.Length, 1, 100_000);
    }

    [Fact]
    public async Task A_sixty_line_invoice_breaks_pages_repeats_the_header_and_keeps_every_line_once()
    {
        var invoice = await InvoiceWithLinesAsync(60);

        var pdf = BillingPdf.Invoice(invoice, PaperFormat.A4, Printed);

        var pages = Poppler.Render(pdf, "invoice-60");
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        for (var page = 1; page <= pages.Count; page++)
        {
            var text = Poppler.Text(pdf, page);
            Assert.Matches(@"Description\s+Qty\s+Unit price\s+Discount\s+Tax\s+Amount", text);
            Assert.Contains($"Page {page} of {pages.Count}", text, StringComparison.Ordinal);
        }

        var all = Poppler.Text(pdf);
        var weeks = System.Text.RegularExpressions.Regex.Matches(all, @"Bin rental week (\d+),").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 60), weeks);

        // 60 × 100 + (1 + … + 60) = 7,830.00, plus 6 % per line.
        Assert.Matches(@"Subtotal\s+7,830\.00", all);
        Assert.Matches(@"Total \(MYR\)\s+" + System.Text.RegularExpressions.Regex.Escape(invoice.Amount(invoice.Total)), Poppler.Text(pdf, pages.Count));
    }

    [Fact]
    public async Task A_final_invoice_shows_the_deposit_it_deducts_and_the_slip_is_80_mm_wide()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        var document = (await Harness.Get<BillingDocuments>().InvoiceAsync(final.Id))!;

        var a4 = Poppler.Text(BillingPdf.Invoice(document, PaperFormat.A4, Printed));
        var slip = BillingPdf.Invoice(document, PaperFormat.Thermal, Printed);

        Assert.Contains("FINAL INVOICE", a4, StringComparison.Ordinal);
        Assert.Matches($@"Less {deposit.Number} of 21 Nov 2026\s+-795\.00", a4);
        Assert.Matches(@"Total \(MYR\)\s+1,855\.00", a4);
        Assert.Contains("Page size:       226.77 x", Poppler.Info(slip), StringComparison.Ordinal);
        Assert.Contains("Pages:           1", Poppler.Info(slip), StringComparison.Ordinal);
        Assert.Matches(@"Total \(MYR\)\s+1,855\.00", Poppler.Text(slip));
        Assert.Single(Poppler.Render(slip, "final-slip", dpi: 72));
    }

    [Fact]
    public async Task A_receipt_carries_its_number_method_reference_and_the_balance_it_left_with_the_logo()
    {
        await Harness.Get<BusinessLogo>().SaveAsync(new MemoryStream(PdfSampleTests.Logo()));
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var first = await PayAsync(deposit.Id, 300m, method: PaymentMethod.Cash);
        await PayAsync(deposit.Id, 495m);
        var receipt = (await Harness.Get<BillingDocuments>().ReceiptAsync(first.PaymentId))!;

        var slip = BillingPdf.Receipt(receipt, PaperFormat.Thermal, Printed);
        var a4 = BillingPdf.Receipt(receipt, PaperFormat.A4, Printed);

        Assert.Contains("Page size:       226.77 x", Poppler.Info(slip), StringComparison.Ordinal);
        foreach (var text in new[] { Poppler.Text(slip), Poppler.Text(a4) })
        {
            Assert.Contains("OFFICIAL RECEIPT", text, StringComparison.Ordinal);
            Assert.Matches(@"Receipt\s+RCPT-2026-00001", text);
            Assert.Matches(@"Method\s+Cash", text);
            Assert.Matches(@"Amount received \(MYR\)\s+300\.00", text);
            Assert.Matches(@"Balance\s+495\.00", text);
            Assert.Contains("Received by office@example.test", text, StringComparison.Ordinal);
        }

        Assert.Equal(new Poppler.Image(1, 96, 48), Poppler.Images(slip)[0]);
        Assert.Single(Poppler.Render(slip, "receipt-slip", dpi: 72));
    }
}
