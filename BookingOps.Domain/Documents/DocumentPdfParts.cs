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
