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

    /// <summary>The range as the address and the export links carry it.</summary>
    protected string Filters => Period is null ? string.Empty : $"from={Period.FromText}&to={Period.ToText}";

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

    /// <summary>Opens the report on another range, and remembers it.</summary>
    protected async Task ShowAsync(ReportPeriod chosen)
    {
        var filters = $"from={chosen.FromText}&to={chosen.ToText}";
        await JS.InvokeVoidAsync("localStorage.setItem", RememberedKey, filters);
        Navigation.NavigateTo($"{Route}?{filters}");
    }
}
