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
}
