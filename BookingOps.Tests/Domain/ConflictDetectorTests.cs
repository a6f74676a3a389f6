using BookingOps.Domain.Scheduling;

namespace BookingOps.Tests.Domain;

public sealed class ConflictDetectorTests
{
    private static readonly TimeZoneInfo KualaLumpur = TestTime.Zone;

    // The job under test: 12 Dec 2026, 10:00–14:00 UTC (18:00–22:00 in Kuala Lumpur).
    private static readonly TimeWindow Job = Window(10, 14);

    private static TimeWindow Window(double fromHour, double toHour, int day = 12) => new(
        new DateTimeOffset(2026, 12, day, 0, 0, 0, TimeSpan.Zero).AddHours(fromHour),
        new DateTimeOffset(2026, 12, day, 0, 0, 0, TimeSpan.Zero).AddHours(toHour));

    private static CrewCandidate Aina(
        bool active = true,
        string[]? roles = null,
        Commitment[]? commitments = null,
        Unavailability[]? timeOff = null) =>
        new("Aina", active, roles ?? ["dancer", "emcee"], commitments ?? [], timeOff ?? []);

    private static IReadOnlyList<Conflict> Check(CrewCandidate candidate, TimeSpan? buffer = null, string role = "dancer") =>
        ConflictDetector.ForCrew(candidate, bookingId: 1, Job, role, buffer ?? TimeSpan.Zero, KualaLumpur);

    [Fact]
    public void A_free_active_person_with_the_role_has_no_conflicts()
    {
        Assert.Empty(Check(Aina()));
    }

    [Theory]
    [InlineData(8, 10, false)]   // ends as the job starts
    [InlineData(14, 16, false)]  // starts as the job ends
    [InlineData(8, 10.01, true)] // overlaps the start by a moment
    [InlineData(13.99, 16, true)]
    [InlineData(11, 12, true)]   // inside
    [InlineData(9, 15, true)]    // around
    [InlineData(10, 14, true)]   // identical
    public void Touching_windows_do_not_collide_overlapping_ones_do(double from, double to, bool collides)
    {
        var conflicts = Check(Aina(commitments: [new Commitment(2, "BKG-2026-00002", Window(from, to))]));

        Assert.Equal(collides, conflicts.Any(c => c.Kind == ConflictKind.DoubleBooked));
    }

    [Theory]
    [InlineData(7, 9, 60, false)]      // ends an hour before: exactly the buffer
    [InlineData(7, 9.5, 60, true)]     // 30 minutes before: inside the buffer
    [InlineData(15, 17, 60, false)]    // starts an hour after
    [InlineData(14.5, 17, 60, true)]   // 30 minutes after
    [InlineData(14.5, 17, 0, false)]   // no buffer configured
    public void The_buffer_between_jobs_counts_on_both_sides(double from, double to, int bufferMinutes, bool collides)
    {
        var conflicts = Check(Aina(commitments: [new Commitment(2, "BKG-2026-00002", Window(from, to))]), TimeSpan.FromMinutes(bufferMinutes));

        Assert.Equal(collides, conflicts.Any(c => c.Kind == ConflictKind.DoubleBooked));
    }

    [Fact]
    public void A_multi_day_job_collides_with_anything_inside_it()
    {
        var festival = new TimeWindow(Window(0, 0, day: 11).Start, Window(0, 0, day: 14).Start);

        var conflicts = Check(Aina(commitments: [new Commitment(3, "BKG-2026-00003", festival)]));

        var conflict = Assert.Single(conflicts);
        Assert.Equal((ConflictKind.DoubleBooked, 3, (TimeWindow?)festival), (conflict.Kind, conflict.OtherBookingId, conflict.OtherWindow));
        Assert.Equal("Aina is already on BKG-2026-00003, 11 Dec 08:00–14 Dec 08:00.", conflict.Message);
    }

    [Fact]
    public void The_booking_being_checked_does_not_conflict_with_itself()
    {
        Assert.Empty(Check(Aina(commitments: [new Commitment(1, "BKG-2026-00001", Job)])));
    }

    [Fact]
    public void Time_off_that_touches_the_job_is_fine_and_overlapping_time_off_conflicts_with_its_note()
    {
        var touching = Check(Aina(timeOff: [new Unavailability(Window(4, 10), "Clinic")]));
        var overlapping = Check(Aina(timeOff: [new Unavailability(Window(12, 20), "Sister's wedding")]), TimeSpan.FromHours(2));

        Assert.Empty(touching);
        var conflict = Assert.Single(overlapping);
        Assert.Equal(ConflictKind.TimeOff, conflict.Kind);
        Assert.Equal("Aina is off 12 Dec 20:00–13 Dec 04:00: Sister's wedding.", conflict.Message);
    }

    [Theory]
    [InlineData("dancer", false)]
    [InlineData("DANCER ", false)]
    [InlineData("driver", true)]
    public void The_person_must_have_the_role(string role, bool missing)
    {
        Assert.Equal(missing, Check(Aina(), role: role).Any(c => c.Kind == ConflictKind.MissingRole));
    }

    [Fact]
    public void Every_problem_is_listed_at_once_in_a_stable_order()
    {
        var conflicts = Check(
            Aina(
                active: false,
                roles: ["helper"],
                commitments: [new Commitment(5, "BKG-2026-00005", Window(13, 15)), new Commitment(4, "BKG-2026-00004", Window(9, 11))],
                timeOff: [new Unavailability(Window(11, 12), null)]));

        Assert.Equal(
            [ConflictKind.Inactive, ConflictKind.MissingRole, ConflictKind.DoubleBooked, ConflictKind.DoubleBooked, ConflictKind.TimeOff],
            conflicts.Select(c => c.Kind));
        Assert.Equal([4, 5], conflicts.Where(c => c.OtherBookingId is not null).Select(c => c.OtherBookingId!.Value));
    }
}
