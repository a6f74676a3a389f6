using Bunit;
using BookingOps.Domain.Auditing;
using BookingOps.Web.Components.Audit;
using BookingOps.Web.Components.Ui;

namespace BookingOps.Tests.Components;

public sealed class AuditChangesTests : MudComponentTest
{
    private static string[][] Rows(IRenderedComponent<AuditChanges> rendered) =>
        rendered.FindAll("table.audit-changes tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray())
            .ToArray();

    [Fact]
    public void Each_changed_field_is_a_row_with_its_before_and_after_value()
    {
        var changes = new List<AuditChange> { new("Email", "ops@old.my", "ops@new.my"), new("Notes", null, "VIP") };

        var rendered = Render<AuditChanges>(p => p.Add(c => c.Changes, changes));

        Assert.Equal([["Email", "ops@old.my", "ops@new.my"], ["Notes", "–", "VIP"]], Rows(rendered));
    }

    [Fact]
    public void Recorded_instants_read_in_the_business_time_zone_dates_as_dates_and_other_values_as_recorded()
    {
        var changes = new List<AuditChange> { new("StartsAt", "2026-12-12T11:00:00.0000000+00:00", "2026-12-13T01:30:00.0000000+00:00"), new("DueDate", null, "2026-12-12"), new("Number", null, "INV-2026-00001") };

        var rendered = Render<AuditChanges>(p => p.Add(c => c.Changes, changes).Add(c => c.Zone, TestTime.Zone));

        Assert.Equal([["StartsAt", "12 Dec 2026, 19:00", "13 Dec 2026, 09:30"], ["DueDate", "–", "12 Dec 2026"], ["Number", "–", "INV-2026-00001"]], Rows(rendered));
    }

    [Fact]
    public void An_entry_without_values_says_so_instead_of_an_empty_table()
    {
        var rendered = Render<AuditChanges>(p => p.Add(c => c.Changes, new List<AuditChange>()));

        Assert.Empty(rendered.FindAll("table"));
        Assert.Equal("No field values recorded.", rendered.Find(".muted").TextContent);
    }

    [Fact]
    public void A_missing_record_page_names_the_record_and_links_back_to_its_list()
    {
        var rendered = Render<RecordNotFound>(p => p.Add(c => c.What, "customer").Add(c => c.BackPath, "customers"));

        Assert.Equal("No such customer", rendered.Find("h1").TextContent.Trim());
        Assert.Equal("customers", rendered.Find("#record-not-found a").GetAttribute("href"));
    }
}
