using BookingOps.Domain.Common;
using MudBlazor;

namespace BookingOps.Web.Components.Ui;

public static class GridStates
{
    /// <summary>
    /// The grid's page and sort as a query's page request: lists page and sort in SQL. A column sorts by
    /// its property's name, which each list query maps to a column it allows.
    /// </summary>
    public static PageRequest ToPageRequest<T>(this GridState<T> state)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new PageRequest(state.Page * state.PageSize, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    /// <summary>A page of a list query as the grid's rows.</summary>
    public static GridData<T> ToGridData<T>(this PagedResult<T> page) => new() { Items = page.Items, TotalItems = page.TotalCount };

    /// <summary>A page of a list query as grid rows made from each item, e.g. with times in the business's zone.</summary>
    public static async Task<GridData<TRow>> ToGridDataAsync<T, TRow>(this PagedResult<T> page, Func<T, Task<TRow>> row)
    {
        var rows = new List<TRow>(page.Items.Count);
        foreach (var item in page.Items)
        {
            rows.Add(await row(item));
        }

        return new() { Items = rows, TotalItems = page.TotalCount };
    }

    /// <summary>No rows, e.g. while the filters contradict each other.</summary>
    public static GridData<T> Empty<T>() => new() { Items = [], TotalItems = 0 };
}
