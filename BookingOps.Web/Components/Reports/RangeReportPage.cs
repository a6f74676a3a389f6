using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;
using BookingOps.Web.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace BookingOps.Web.Components.Reports;

/// <summary>
/// A report over a range of days. The range is in the address (<c>?from=…&amp;to=…</c>), so a copied link opens
/// the same report for someone else; the last range used is kept in the browser, and the report opens on it.
/// </summary>
public abstract class RangeReportPage : LiveComponent
{
    [Inject]
    private BusinessCalendar Calendar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    protected ReportPeriod? Period { get; private set; }

    protected DateOnly Today { get; private set; }

    /// <summary>The report's address without a query, e.g. "reports/payments".</summary>
    protected abstract string Route { get; }

    /// <summary>The filters as the address and the export links carry them.</summary>
    protected string Filters => Period is null ? string.Empty : FiltersFor(Period);

    private string RememberedKey => "bookingops." + Route.Replace('/', '.');

    protected override async Task OnParametersSetAsync()
    {
        Today = await Calendar.TodayAsync();
        Period = ReportPeriod.Parse(From, To, Today);
        await RefreshAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
        {
            return;
        }

        if (From is null && To is null)
        {
            if (await JS.InvokeAsync<string?>("localStorage.getItem", RememberedKey) is { Length: > 0 } remembered)
            {
                Navigation.NavigateTo($"{Route}?{remembered}", replace: true);
            }
        }
        else
        {
            await JS.InvokeVoidAsync("localStorage.setItem", RememberedKey, Filters);
        }
    }

    /// <summary>The address query for the report on <paramref name="period"/>, its other filters as they are.</summary>
    protected virtual string FiltersFor(ReportPeriod period) => $"from={period.FromText}&to={period.ToText}";

    /// <summary>Opens the report on another range, and remembers it.</summary>
    protected Task ShowAsync(ReportPeriod chosen) => OpenAsync(FiltersFor(chosen));

    /// <summary>Opens the report with other filters, and remembers them.</summary>
    protected async Task OpenAsync(string filters)
    {
        await JS.InvokeVoidAsync("localStorage.setItem", RememberedKey, filters);
        Navigation.NavigateTo($"{Route}?{filters}");
    }
}
