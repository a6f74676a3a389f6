using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Inquiries;

/// <summary>Inquiry changes, each one use case in one transaction, announced on the change feed once committed.</summary>
public sealed class InquiryService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BookingService bookings,
    NewBookingForm newBooking,
    BusinessCalendar calendar,
    TimeProvider clock)
{
    private const string NotFoundMessage = "This inquiry no longer exists.";

    private const string ConflictMessage =
        "Someone else changed this inquiry while you were working on it. Nothing was saved: reload and try again.";

    /// <summary>Records an inquiry, creating the caller as a customer first when they are new.</summary>
    public async Task<int> CreateAsync(InquiryInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var (start, end) = await TimesAsync(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customerId = await CustomerIdAsync(db, input, cancellationToken);
        var inquiry = Inquiry.Create(customerId, input, start, end, clock.GetUtcNow());
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inquiry.Id;
    }

    public async Task UpdateAsync(int id, InquiryInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var (start, end) = await TimesAsync(input);
        await ChangeAsync(id, input.Version, async (db, inquiry) =>
            inquiry.Update(await CustomerIdAsync(db, input, cancellationToken), input, start, end), cancellationToken);
    }

    public async Task RecordQuoteAsync(int id, long version, decimal amount, CancellationToken cancellationToken = default)
    {
        var currency = await calendar.CurrencyAsync();
        await ChangeAsync(id, version, (_, inquiry) => { inquiry.RecordQuote(amount, currency); return Task.CompletedTask; }, cancellationToken);
    }

    public Task MarkLostAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, inquiry) => { inquiry.MarkLost(reason); return Task.CompletedTask; }, cancellationToken);

    /// <summary>
    /// Turns the inquiry into a tentative booking carrying over the customer, event type, requested times,
    /// location, notes and quoted price; the inquiry becomes Won and points at the booking.
    /// </summary>
    public async Task<int> ConvertToBookingAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inquiry = await LoadAsync(db, id, cancellationToken);
        if (inquiry.Version != version)
        {
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        if (!inquiry.IsOpen)
        {
            throw new BusinessRuleException($"An inquiry that is {inquiry.Status.ToString().ToLowerInvariant()} cannot be converted.");
        }

        var input = await BookingInputFromAsync(inquiry);
        var booking = await bookings.AddAsync(db, input, await bookings.ScheduleAsync(input), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        inquiry.MarkWon(booking.Id);
        await db.SaveVersionedAsync(inquiry, version, ConflictMessage, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return booking.Id;
    }

    private async Task<BookingInput> BookingInputFromAsync(Inquiry inquiry)
    {
        if (inquiry.RequestedStart is not { } start)
        {
            throw new BusinessRuleException("Set the requested date and time before converting the inquiry to a booking.");
        }

        var localStart = await calendar.ToLocalAsync(start);
        var input = await newBooking.CreateAsync(inquiry.CustomerId, localStart);
        if (inquiry.RequestedEnd is { } end)
        {
            input.End = await calendar.ToLocalAsync(end);
        }

        var quoted = input.PriceLines[0];
        (quoted.Description, quoted.UnitPrice) = ($"{inquiry.EventType} (as quoted)", inquiry.QuoteAmount ?? 0m);
        input.PriceLines = inquiry.QuoteAmount is null ? [] : [quoted];
        (input.ServiceType, input.Address, input.Area, input.State, input.Notes) = (inquiry.EventType, inquiry.Address, inquiry.Area, inquiry.State, inquiry.Notes);
        return input;
    }

    private async Task<(DateTimeOffset? Start, DateTimeOffset? End)> TimesAsync(InquiryInput input)
    {
        var zone = await calendar.ZoneAsync();
        return (
            input.RequestedStart is { } start ? BusinessCalendar.ToUtc(start, zone) : null,
            input.RequestedEnd is { } end ? BusinessCalendar.ToUtc(end, zone) : null);
    }

    private async Task<int> CustomerIdAsync(BookingOpsDbContext db, InquiryInput input, CancellationToken cancellationToken)
    {
        if (input.CustomerId is > 0 and var id)
        {
            if (!await db.Customers.AnyAsync(c => c.Id == id && !c.IsArchived, cancellationToken))
            {
                throw new DomainValidationException(nameof(InquiryInput.CustomerId), "This customer no longer exists or is archived; choose another.");
            }

            return id;
        }

        var customer = new Customer { CreatedAt = clock.GetUtcNow() };
        customer.Apply(input.NewCustomer!);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return customer.Id;
    }

    private async Task ChangeAsync(int id, long version, Func<BookingOpsDbContext, Inquiry, Task> change, CancellationToken cancellationToken)
    {
        await dbFactory.ChangeVersionedAsync(id, version, change, NotFoundMessage, ConflictMessage, cancellationToken);
    }

    private static async Task<Inquiry> LoadAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Inquiries.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new BusinessRuleException(NotFoundMessage);
}
