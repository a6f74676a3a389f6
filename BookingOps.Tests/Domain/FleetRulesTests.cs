using BookingOps.Domain.Fleet;
using BookingOps.Domain.Scheduling;

namespace BookingOps.Tests.Domain;

public sealed class FleetRulesTests
{
    private static readonly TimeZoneInfo KualaLumpur = TestTime.Zone;

    // 12 Dec 2026, 09:00–13:00 in Kuala Lumpur.
    private static readonly TimeWindow Job = new(new DateTimeOffset(2026, 12, 12, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 12, 5, 0, 0, TimeSpan.Zero));

    public static TheoryData<BinState, BinState, MovementKind?> Steps()
    {
        var allowed = new Dictionary<(BinState, BinState), MovementKind>
        {
            [(BinState.InWarehouse, BinState.Assigned)] = MovementKind.Transfer,
            [(BinState.Assigned, BinState.InWarehouse)] = MovementKind.Transfer,
            [(BinState.Assigned, BinState.WithCustomer)] = MovementKind.Out,
            [(BinState.WithCustomer, BinState.Collected)] = MovementKind.Transfer,
            [(BinState.Collected, BinState.InWarehouse)] = MovementKind.In,
            [(BinState.Collected, BinState.Repair)] = MovementKind.Repair,
            [(BinState.InWarehouse, BinState.Repair)] = MovementKind.Repair,
            [(BinState.Repair, BinState.InWarehouse)] = MovementKind.In,
        };
        var data = new TheoryData<BinState, BinState, MovementKind?>();
        foreach (var from in Enum.GetValues<BinState>())
        {
            foreach (var to in Enum.GetValues<BinState>())
            {
                data.Add(from, to, allowed.TryGetValue((from, to), out var kind) ? kind : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Bins_move_only_along_their_cycle_and_each_step_is_a_movement(BinState from, BinState to, MovementKind? expected)
    {
        Assert.Equal(expected, BinTransitions.MovementFor(from, to));
        Assert.Equal(expected is not null, BinTransitions.NextFrom(from).Contains(to));
    }

    private static AssetCandidate Bin(
        BinState state = BinState.InWarehouse, int? withCustomer = null, bool active = true, Commitment[]? commitments = null, DocumentExpiry[]? documents = null) =>
        new("Bin B-1042", active, state, withCustomer, commitments ?? [], documents ?? []);

    private static IReadOnlyList<Conflict> Check(AssetCandidate asset, int customerId = 7, TimeSpan? buffer = null) =>
        AssetConflicts.For(asset, bookingId: 1, customerId, Job, buffer ?? TimeSpan.Zero, KualaLumpur);

    [Fact]
    public void A_free_serviceable_asset_has_no_conflicts()
    {
        Assert.Empty(Check(Bin()));
    }

    [Theory]
    [InlineData(BinState.InWarehouse, null, null)]
    [InlineData(BinState.Assigned, null, null)]
    [InlineData(BinState.Collected, null, null)]
    [InlineData(BinState.Repair, null, ConflictKind.InRepair)]
    [InlineData(BinState.WithCustomer, 7, null)]
    [InlineData(BinState.WithCustomer, 8, ConflictKind.WithAnotherCustomer)]
    public void Every_bin_state_is_judged(BinState state, int? holder, ConflictKind? expected)
    {
        var kinds = Check(Bin(state, holder)).Select(c => c.Kind).ToList();

        Assert.Equal(expected is null ? [] : new[] { expected.Value }, kinds);
    }

    [Fact]
    public void An_asset_on_another_overlapping_booking_or_out_of_service_is_refused()
    {
        var busy = Check(Bin(commitments: [new Commitment(9, "BKG-2026-00009", new TimeWindow(Job.Start.AddHours(-2), Job.Start.AddMinutes(30)))]));
        var touching = Check(Bin(commitments: [new Commitment(9, "BKG-2026-00009", new TimeWindow(Job.Start.AddHours(-2), Job.Start))]));
        var withBuffer = Check(Bin(commitments: [new Commitment(9, "BKG-2026-00009", new TimeWindow(Job.Start.AddHours(-2), Job.Start))]), buffer: TimeSpan.FromMinutes(30));

        Assert.Equal("Bin B-1042 is already on BKG-2026-00009, 12 Dec 07:00–12 Dec 09:30.", Assert.Single(busy).Message);
        Assert.Empty(touching);
        Assert.Single(withBuffer);
        Assert.Equal(ConflictKind.Inactive, Assert.Single(Check(Bin(active: false))).Kind);
    }

    [Theory]
    [InlineData(2026, 12, 12, false)] // valid through the job's day
    [InlineData(2026, 12, 11, true)]  // lapsed the day before
    [InlineData(2027, 6, 30, false)]
    public void A_vehicle_document_must_be_valid_on_the_job_date(int year, int month, int day, bool conflicts)
    {
        var lorry = new AssetCandidate("Lorry WXY 1234", true, null, null, [], [new DocumentExpiry("road tax", new DateOnly(year, month, day))]);

        var found = Check(lorry);

        Assert.Equal(conflicts, found.Any(c => c.Kind == ConflictKind.DocumentExpired));
        if (conflicts)
        {
            Assert.Equal("Lorry WXY 1234's road tax expires on 11 Dec 2026, before the job ends.", found.Single().Message);
        }
    }
}
