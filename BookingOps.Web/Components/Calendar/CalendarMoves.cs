using BookingOps.Domain.Calendar;

namespace BookingOps.Web.Components.Calendar;

/// <summary>
/// What the views of one calendar share about moving a booking: the entry being dragged, and where a drop
/// or a keyboard move takes it. The page decides what a move does (it asks, then saves).
/// </summary>
public sealed class CalendarMoves(Func<CalendarEntry, DateTime, Task> move)
{
    private CalendarEntry? dragged;

    public void Pick(CalendarEntry entry) => dragged = entry;

    /// <summary>Dropped on a day: the booking keeps its time of day.</summary>
    public Task DropOnDayAsync(DateOnly day) =>
        dragged is { } entry ? MoveAsync(entry, day.ToDateTime(TimeOnly.FromDateTime(entry.Start))) : Task.CompletedTask;

    /// <summary>Dropped on a time slot: the booking starts then.</summary>
    public Task DropAtAsync(DateTime start) => dragged is { } entry ? MoveAsync(entry, start) : Task.CompletedTask;

    public Task MoveAsync(CalendarEntry entry, DateTime start)
    {
        dragged = null;
        return start == entry.Start ? Task.CompletedTask : move(entry, start);
    }
}
