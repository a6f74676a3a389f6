using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Web.Components.Ui;
using MudBlazor;

namespace BookingOps.Tests.Components;

public sealed class GridStatesTests
{
    [Fact]
    public void The_grids_page_and_sort_become_the_querys_page_request()
    {
        var state = new GridState<CustomerListItem>
        {
            Page = 2,
            PageSize = 50,
            SortDefinitions = [new SortDefinition<CustomerListItem>(nameof(CustomerListItem.Phone), true, 0, c => c.Phone)],
        };

        Assert.Equal(new PageRequest(100, 50, "Phone", Descending: true), state.ToPageRequest());
        Assert.Equal(new PageRequest(0, 20), new GridState<CustomerListItem> { Page = 0, PageSize = 20 }.ToPageRequest());
    }

    [Fact]
    public async Task A_page_of_items_becomes_grid_rows_with_the_total_kept()
    {
        var page = new PagedResult<int>([3, 4], 42);

        var rows = await page.ToGridDataAsync(n => Task.FromResult($"row {n}"));

        Assert.Equal(["row 3", "row 4"], rows.Items);
        Assert.Equal(42, rows.TotalItems);
        Assert.Equal(42, page.ToGridData().TotalItems);
        Assert.Empty(GridStates.Empty<int>().Items);
    }
}
