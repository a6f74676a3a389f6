namespace BookingOps.Tests.Infrastructure;

/// <summary>A clock the test sets; starts at a fixed instant so results are repeatable.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
