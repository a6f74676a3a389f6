using BookingOps.Domain.Auditing;
using BookingOps.Web.Components.Audit;
using BookingOps.Web.Components.Ui;

namespace BookingOps.Tests.Rendering;

public sealed class AuditChangesRenderingTests
{
    [Fact]
    public async Task Each_changed_field_is_a_row_with_its_before_and_after_value()
    {
        var changes = new List<AuditChange> { new("Email", "ops@old.my", "ops@new.my"), new("Notes", null, "VIP") };

        var document = await ComponentRenderer.RenderAsync<AuditChanges>(new() { [nameof(AuditChanges.Changes)] = changes });

        var rows = document.QuerySelectorAll("table.audit-changes tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray())
            .ToArray();
        Assert.Equal([["Email", "ops@old.my", "ops@new.my"], ["Notes", "–", "VIP"]], rows);
    }

    [Fact]
    public async Task Recorded_instants_read_in_the_business_time_zone_dates_as_dates_and_other_values_as_recorded()
    {
        var changes = new List<AuditChange> { new("StartsAt", "2026-12-12T11:00:00.0000000+00:00", "2026-12-13T01:30:00.0000000+00:00"), new("DueDate", null, "2026-12-12"), new("Number", null, "INV-2026-00001") };
        var zone = TestTime.Zone;

        var document = await ComponentRenderer.RenderAsync<AuditChanges>(new() { [nameof(AuditChanges.Changes)] = changes, [nameof(AuditChanges.Zone)] = zone });

        var rows = document.QuerySelectorAll("table.audit-changes tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray())
            .ToArray();
        Assert.Equal([["StartsAt", "12 Dec 2026, 19:00", "13 Dec 2026, 09:30"], ["DueDate", "–", "12 Dec 2026"], ["Number", "–", "INV-2026-00001"]], rows);
    }

    [Fact]
    public async Task An_entry_without_values_says_so_instead_of_an_empty_table()
    {
        var document = await ComponentRenderer.RenderAsync<AuditChanges>(new() { [nameof(AuditChanges.Changes)] = new List<AuditChange>() });

        Assert.Null(document.QuerySelector("table"));
        Assert.Equal("No field values recorded.", document.QuerySelector(".muted")?.TextContent);
    }

    [Fact]
    public async Task A_missing_record_page_names_the_record_and_links_back_to_its_list()
    {
        var document = await ComponentRenderer.RenderAsync<RecordNotFound>(new()
        {
            [nameof(RecordNotFound.What)] = "customer",
            [nameof(RecordNotFound.BackPath)] = "customers",
        });

        Assert.Equal("No such customer", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("customers", document.QuerySelector("#record-not-found a")?.GetAttribute("href"));
    }
}
