using BookingOps.Domain.Common;
using BookingOps.Domain.Settings;

namespace BookingOps.Domain.Bookings;

/// <summary>
/// What a new booking starts with, whether typed in or converted from an inquiry: four hours from
/// tomorrow 10:00, the default hold rounded up to the next whole hour, lines at the business's tax rate
/// and its default deposit.
/// </summary>
public sealed class NewBookingForm(BusinessCalendar calendar, BusinessSettingsService settings)
{
    public async Task<BookingInput> CreateAsync(int customerId, DateTime? start = null, CancellationToken cancellationToken = default)
    {
        var profile = await settings.GetAsync(cancellationToken);
        var now = await calendar.NowAsync();
        var begins = start ?? now.Date.AddDays(1).AddHours(10);
        return new BookingInput
        {
            CustomerId = customerId,
            Start = begins,
            End = begins.AddHours(4),
            HoldUntil = now.Date.AddHours(now.Hour + 1).Add(Booking.DefaultHold),
            PriceLines = [NewLine(profile)],
            DepositKind = DepositKind.Percent,
            DepositValue = Decimals.Trimmed(profile?.DefaultDepositPercent ?? 0m),
        };
    }

    /// <summary>A line as the "add a line" button gives it: one of, at the business's tax rate.</summary>
    public async Task<PriceLineInput> NewLineAsync(CancellationToken cancellationToken = default) =>
        NewLine(await settings.GetAsync(cancellationToken));

    private static PriceLineInput NewLine(BusinessProfile? profile) => new() { Quantity = 1m, TaxRatePercent = Decimals.Trimmed(profile?.TaxRatePercent ?? 0m) };
}
