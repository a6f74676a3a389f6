using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Domain.Documents;

/// <summary>What every PDF document of the business shares: the letterhead, the addressee, labelled facts and bold totals.</summary>
internal static class DocumentPdfParts
{
    public static readonly PdfTextStyle Small = PdfTextStyle.Regular(8, gray: 0.35);

    public static void Letterhead(PdfComposer c, DocumentHeader business, PdfImage? logo, bool thermal)
    {
        var align = thermal ? PdfAlign.Center : PdfAlign.Left;
        if (logo is not null)
        {
            c.Image(logo, thermal ? 90 : 140, thermal ? 40 : 56, align).Space(4);
        }

        c.Text(business.Name, PdfTextStyle.Bold(thermal ? 11 : 13), align);
        var lines = new List<string>();
        if (business.RegistrationNumber is not null)
        {
            lines.Add($"Reg. no. {business.RegistrationNumber}");
        }

        if (business.TaxRegistrationNumber is not null)
        {
            lines.Add($"{business.TaxName} no. {business.TaxRegistrationNumber}");
        }

        lines.AddRange(business.AddressLines);
        var contact = string.Join(" · ", new[] { business.Phone, business.Email }.Where(v => v is not null));
        if (contact.Length > 0)
        {
            lines.Add(contact);
        }

        if (lines.Count > 0)
        {
            c.Text(string.Join('\n', lines), PdfTextStyle.Regular(thermal ? 7.5 : 8.5), align);
        }

        c.Rule(gray: thermal ? 0 : 0.6, spacing: thermal ? 8 : 12);
    }

    /// <summary>A logo that cannot be read (a damaged file) leaves the document without it rather than failing it.</summary>
    public static PdfImage? Logo(DocumentHeader business)
    {
        if (business.Logo is null)
        {
            return null;
        }

        try
        {
            return PdfImage.Load(business.Logo);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// A report on A4 (landscape where wide): the letterhead, the report's name in capitals, its filters as
    /// facts, then <paramref name="body"/>, with page numbers.
    /// </summary>
    public static byte[] Report(DocumentHeader business, string title, string heading, IEnumerable<string[]> filters, bool landscape, DateTimeOffset createdAt, Action<PdfComposer> body)
    {
        using var logo = Logo(business);
        var document = (landscape ? PdfDocument.A4Landscape(title, createdAt) : PdfDocument.A4(title, createdAt)).PageNumbers(Small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(9);
        Letterhead(c, business, logo, thermal: false);
        c.Text(heading, PdfTextStyle.Bold(16)).Space(4);
        Facts(c, filters);
        c.Space(10);
        body(c);
        return document.ToBytes();
    }

    /// <summary>
    /// Bars for each label, one per series side by side on one scale, in grays that print on any printer; with
    /// many labels only every few are written under the axis.
    /// </summary>
    public static void BarChart(PdfComposer c, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, double height = 150)
    {
        const double legend = 14;
        const double under = 12;
        double[] grays = [0.25, 0.7, 0.5, 0.85];
        var top = c.Reserve(height + legend + under);
        var page = c.Page;
        for (var s = 0; s < series.Count; s++)
        {
            var x = c.Left + (s * 90);
            page.FillRectangle(x, top + 2, 8, 8, grays[s % grays.Length]);
            page.DrawText(series[s].Name, x + 12, top + 9, Small);
        }

        var baseline = top + legend + height;
        page.DrawLine(c.Left, baseline, c.Right, baseline, 0.5, 0.5);
        var largest = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        if (largest <= 0 || labels.Count == 0)
        {
            return;
        }

        var slot = c.Width / labels.Count;
        var bar = Math.Min(24, slot * 0.7 / series.Count);
        var every = (int)Math.Ceiling(labels.Count / 16.0);
        for (var i = 0; i < labels.Count; i++)
        {
            var middle = c.Left + (i * slot) + (slot / 2);
            for (var s = 0; s < series.Count; s++)
            {
                var barHeight = Math.Max(series[s].Values[i], 0) / largest * height;
                page.FillRectangle(middle - (bar * series.Count / 2) + (s * bar), baseline - barHeight, bar, barHeight, grays[s % grays.Length]);
            }

            if (i % every == 0)
            {
                page.DrawText(labels[i], middle, baseline + 10, Small, PdfAlign.Center);
            }
        }
    }

    public static void Facts(PdfComposer c, IEnumerable<string[]> facts)
    {
        foreach (var fact in facts)
        {
            c.Row(fact[0], fact[1], rightStyle: PdfTextStyle.Bold(c.Style.Size));
        }
    }

    public static void Party(PdfComposer c, DocumentParty party)
    {
        c.Text(party.Name, PdfTextStyle.Bold(c.Style.Size + 1));
        var lines = new List<string>();
        if (party.ContactPerson is not null)
        {
            lines.Add($"Attn: {party.ContactPerson}");
        }

        lines.AddRange(party.AddressLines);
        lines.AddRange(new[] { party.Phone, party.TaxNumber is null ? null : $"Tax no. {party.TaxNumber}" }.OfType<string>());
        if (lines.Count > 0)
        {
            c.Text(string.Join('\n', lines));
        }
    }

    public static void Grand(PdfComposer c, string label, string amount, double indent)
    {
        c.Space(2);
        c.Page.DrawLine(c.Left + indent, c.Y, c.Right, c.Y, width: 0.75);
        c.Space(3).Row(label, amount, PdfTextStyle.Bold(c.Style.Size + 1), indent: indent);
    }
}
