using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class CrewAssignmentTests : DomainTest
{
    private int customer;
    private int aina;
    private string ainaLogin = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        ainaLogin = await Harness.Get<BookingOps.Domain.Accounts.UserAdministration>().CreateAsync(new BookingOps.Domain.Accounts.NewUserInput
        {
            DisplayName = "Aina",
            Email = "aina@example.test",
            Role = BookingOps.Domain.Accounts.Roles.Crew,
            Password = "aina long password",
        });
        aina = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput
        {
            UserId = ainaLogin,
            Name = "Aina Razak",
            Roles = ["Dancer", "emcee", " dancer "],
            Phone = "012-888 1234",
            IdNumber = "900101-14-5678",
            DefaultRate = 250m,
        });
    }

    /// <summary>A booking on <paramref name="day"/> December 2026 at <paramref name="hour"/>:00 Kuala Lumpur time.</summary>
    private Task<int> BookingAtAsync(int day, int hour, int hours = 4)
    {
        var input = BookingInputs.Valid(customer, new DateTime(2026, 12, day, hour, 0, 0));
        input.End = input.Start.AddHours(hours);
        return Harness.Get<BookingService>().CreateAsync(input);
    }

    private Task<int> AssignAsync(int booking, string? overrideReason = null, bool admin = false, int? person = null) =>
        Harness.Get<CrewAssignmentService>().AssignAsync(
            new AssignCrewInput { BookingId = booking, CrewMemberId = person ?? aina, Role = "dancer", Fee = 250m, OverrideReason = overrideReason },
            admin);

    [Fact]
    public async Task A_free_person_is_offered_the_job_with_the_fee()
    {
        var booking = await BookingAtAsync(12, 18);

        var id = await AssignAsync(booking);

        await using var db = Harness.Db();
        var assignment = await db.CrewAssignments.SingleAsync(a => a.Id == id);
        Assert.Equal((AssignmentStatus.Offered, "dancer", 250m, (string?)null), (assignment.Status, assignment.Role, assignment.Fee, assignment.OverrideReason));
        await Assert.ThrowsAsync<BusinessRuleException>(() => AssignAsync(booking));
    }

    [Fact]
    public async Task An_overlapping_booking_is_refused_naming_the_first_one()
    {
        var first = await BookingAtAsync(12, 18);
        await AssignAsync(first);
        var second = await BookingAtAsync(12, 20);

        var refusal = await Assert.ThrowsAsync<SchedulingConflictException>(() => AssignAsync(second));

        var conflict = Assert.Single(refusal.Conflicts);
        Assert.Equal((ConflictKind.DoubleBooked, (int?)first), (conflict.Kind, conflict.OtherBookingId));
        Assert.Contains("BKG-2026-00001", conflict.Message, StringComparison.Ordinal);
        await using var db = Harness.Db();
        Assert.Equal(1, await db.CrewAssignments.CountAsync());
    }

    [Fact]
    public async Task The_buffer_between_jobs_applies_and_a_declined_offer_frees_the_time()
    {
        var first = await BookingAtAsync(12, 10, hours: 4);
        var offer = await AssignAsync(first);
        var soonAfter = await BookingAtAsync(12, 14, hours: 2);

        await Assert.ThrowsAsync<SchedulingConflictException>(() => AssignAsync(soonAfter));
        await Harness.Get<CrewAssignmentService>().DeclineAsync(offer, 0, ainaLogin, "Family event");
        await AssignAsync(soonAfter);
    }

    [Fact]
    public async Task Only_an_admin_overrides_and_the_reason_is_kept()
    {
        var first = await BookingAtAsync(12, 18);
        await AssignAsync(first);
        var second = await BookingAtAsync(12, 19);

        var staff = await Assert.ThrowsAsync<BusinessRuleException>(() => AssignAsync(second, "Short set only", admin: false));
        Assert.Equal("Only an Admin can assign despite conflicts.", staff.Message);
        var id = await AssignAsync(second, "Short set only; she leaves the first show early", admin: true);

        await using var db = Harness.Db();
        Assert.Equal("Short set only; she leaves the first show early", (await db.CrewAssignments.SingleAsync(a => a.Id == id)).OverrideReason);
    }

    [Fact]
    public async Task Time_off_a_missing_role_and_closed_bookings_are_refused()
    {
        var booking = await BookingAtAsync(20, 10);
        await Harness.Get<CrewService>().AddTimeOffAsync(aina, new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 21, 0, 0, 0, TimeSpan.Zero), "Exam");

        var refusal = await Assert.ThrowsAsync<SchedulingConflictException>(() => AssignAsync(booking));
        Assert.Equal(ConflictKind.TimeOff, Assert.Single(refusal.Conflicts).Kind);

        var other = await BookingAtAsync(22, 10);
        var driver = await Assert.ThrowsAsync<SchedulingConflictException>(() =>
            Harness.Get<CrewAssignmentService>().AssignAsync(new AssignCrewInput { BookingId = other, CrewMemberId = aina, Role = "driver", Fee = 100m }, false));
        Assert.Equal(ConflictKind.MissingRole, Assert.Single(driver.Conflicts).Kind);

        await Harness.Get<BookingService>().CancelAsync(other, 0, "Called off");
        var cancelled = await Assert.ThrowsAsync<BusinessRuleException>(() => AssignAsync(other));
        Assert.Equal("A booking that is cancelled takes no new assignments.", cancelled.Message);
    }

    [Fact]
    public async Task Overlapping_time_off_and_a_negative_fee_are_refused()
    {
        var crew = Harness.Get<CrewService>();
        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        await crew.AddTimeOffAsync(aina, start, start.AddDays(2), "Leave");

        await Assert.ThrowsAsync<DomainValidationException>(() => crew.AddTimeOffAsync(aina, start.AddDays(1), start.AddDays(3), "More leave"));
        await Assert.ThrowsAsync<DomainValidationException>(() => crew.AddTimeOffAsync(aina, start.AddDays(5), start.AddDays(4), null));
        var booking = await BookingAtAsync(12, 18);
        await Assert.ThrowsAsync<DomainValidationException>(() =>
            Harness.Get<CrewAssignmentService>().AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = aina, Role = "dancer", Fee = -1m }, false));
    }

    [Fact]
    public async Task Two_staff_assigning_the_same_person_to_overlapping_bookings_at_once_let_exactly_one_through()
    {
        var bookings = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            // 10:00–18:00 up to 15:00–23:00: every pair overlaps.
            bookings.Add(await BookingAtAsync(15, 10 + i, hours: 8));
        }

        var attempts = bookings.Select(booking => Task.Run(async () =>
        {
            try
            {
                await AssignAsync(booking);
                return true;
            }
            catch (SchedulingConflictException)
            {
                return false;
            }
        }));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, ok => ok);
        await using var db = Harness.Db();
        Assert.Equal(1, await db.CrewAssignments.CountAsync());
    }

    [Fact]
    public async Task Offers_are_accepted_or_declined_with_a_reason_once()
    {
        var service = Harness.Get<CrewAssignmentService>();
        var accepted = await AssignAsync(await BookingAtAsync(3, 10));
        var declined = await AssignAsync(await BookingAtAsync(5, 10));

        await service.AcceptAsync(accepted, 0, ainaLogin);
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.DeclineAsync(accepted, 1, ainaLogin, "Changed my mind"));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.DeclineAsync(declined, 0, ainaLogin, " "));
        await service.DeclineAsync(declined, 0, ainaLogin, "Exam week");

        await using var db = Harness.Db();
        Assert.Equal(AssignmentStatus.Accepted, (await db.CrewAssignments.SingleAsync(a => a.Id == accepted)).Status);
        Assert.Equal("Exam week", (await db.CrewAssignments.SingleAsync(a => a.Id == declined)).DeclineReason);
    }

    [Fact]
    public async Task A_crew_member_cannot_act_on_someone_elses_offer()
    {
        var offer = await AssignAsync(await BookingAtAsync(3, 10));
        var other = await Harness.Get<BookingOps.Domain.Accounts.UserAdministration>().CreateAsync(new BookingOps.Domain.Accounts.NewUserInput
        {
            DisplayName = "Badrul",
            Email = "badrul@example.test",
            Role = BookingOps.Domain.Accounts.Roles.Crew,
            Password = "badrul long password",
        });

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<CrewAssignmentService>().AcceptAsync(offer, 0, other));

        Assert.Equal("This assignment is not yours or no longer exists.", refusal.Message);
        await using var db = Harness.Db();
        Assert.Equal(AssignmentStatus.Offered, (await db.CrewAssignments.SingleAsync(a => a.Id == offer)).Status);
    }

    [Fact]
    public async Task A_login_links_to_one_crew_member_and_must_be_a_crew_account()
    {
        var crew = Harness.Get<CrewService>();
        var taken = await Assert.ThrowsAsync<DomainValidationException>(() => crew.CreateAsync(new CrewMemberInput { Name = "Twin", Roles = ["helper"], Phone = "012-555 0000", UserId = ainaLogin }));
        Assert.Equal("This login already belongs to Aina Razak.", taken.Errors["UserId"].Single());

        await using var db = Harness.Db();
        var adminId = await db.Users.Where(u => u.Email == "farid@kilatbins.my").Select(u => u.Id).SingleAsync();
        await Assert.ThrowsAsync<DomainValidationException>(() => crew.CreateAsync(new CrewMemberInput { Name = "Boss", Roles = ["helper"], Phone = "012-555 0001", UserId = adminId }));
    }

    [Fact]
    public async Task A_crew_member_sees_only_their_own_work_and_the_booking_shows_what_is_still_needed()
    {
        var booking = await BookingAtAsync(12, 18);
        var offer = await AssignAsync(booking);
        var badrul = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { Name = "Badrul", Roles = ["driver"], Phone = "012-555 0002" });
        await Harness.Get<CrewAssignmentService>().AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = badrul, Role = "driver", Fee = 80m }, false);

        var mine = await Harness.Get<CrewDirectory>().ForUserAsync(ainaLogin, upcoming: true, Harness.Clock.GetUtcNow());
        var staffing = await Harness.Get<CrewDirectory>().StaffingAsync(booking);

        Assert.Equal([offer], mine.Select(a => a.Id));
        Assert.Equal("BKG-2026-00001", mine[0].BookingNumber);
        Assert.Equal([new StaffingGap("dancer", 2, 1), new StaffingGap("driver", 1, 1)], staffing);
        Assert.Equal(2, (await Harness.Get<CrewDirectory>().ForBookingAsync(booking)).Count);
    }

    [Fact]
    public async Task The_finder_lists_free_people_with_the_role_least_booked_then_cheapest_first()
    {
        var crew = Harness.Get<CrewService>();
        var busy = await crew.CreateAsync(new CrewMemberInput { Name = "Busy Bee", Roles = ["dancer"], Phone = "012-555 1001", DefaultRate = 100m });
        var cheap = await crew.CreateAsync(new CrewMemberInput { Name = "Cheap Chong", Roles = ["dancer"], Phone = "012-555 1002", DefaultRate = 150m });
        await crew.CreateAsync(new CrewMemberInput { Name = "Resting Ravi", Roles = ["dancer"], Phone = "012-555 1003", DefaultRate = 90m, IsActive = false });
        var off = await crew.CreateAsync(new CrewMemberInput { Name = "Away Amy", Roles = ["dancer"], Phone = "012-555 1004", DefaultRate = 80m });
        await crew.CreateAsync(new CrewMemberInput { Name = "Driver Dan", Roles = ["driver"], Phone = "012-555 1005", DefaultRate = 50m });
        var job = await BookingAtAsync(12, 18);
        await crew.AddTimeOffAsync(off, new DateTimeOffset(2026, 12, 12, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 13, 0, 0, 0, TimeSpan.Zero), "Leave");
        await AssignAsync(await BookingAtAsync(12, 17, hours: 2), person: busy);   // clashes with the job
        await AssignAsync(await BookingAtAsync(10, 10, hours: 6));                 // Aina: 6 h earlier that week

        var free = await Harness.Get<CrewDirectory>().AvailableAsync(job, "Dancer", TimeSpan.FromMinutes(30));

        Assert.Equal(["Cheap Chong", "Aina Razak"], free.Select(f => f.Name));
        Assert.Equal([0d, 6d], free.Select(f => f.HoursBookedThatWeek));
        Assert.Equal(cheap, free[0].Id);
    }

    [Fact]
    public async Task A_long_job_blocks_short_ones_inside_it_in_the_checks_and_the_finder()
    {
        await AssignAsync(await BookingAtAsync(20, 10, hours: 3 * 24));
        var inside = await BookingAtAsync(22, 12, hours: 2);

        await Assert.ThrowsAsync<SchedulingConflictException>(() => AssignAsync(inside));
        Assert.DoesNotContain(await Harness.Get<CrewDirectory>().AvailableAsync(inside, "dancer", TimeSpan.Zero), p => p.Id == aina);
    }

    [Fact]
    public async Task Roles_are_normalised_and_the_id_number_is_masked_and_never_audited()
    {
        await using var db = Harness.Db();
        var person = await db.CrewMembers.SingleAsync(c => c.Id == aina);
        Assert.Equal(["dancer", "emcee"], person.Roles);
        Assert.Equal("••••••••••5678", CrewMember.Mask(person.IdNumber));
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(CrewMember)).ToListAsync();
        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.DoesNotContain("900101", e.Changes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rescheduling_moves_the_crew_and_a_move_into_a_clash_is_refused()
    {
        var bookings = Harness.Get<BookingService>();
        var first = await BookingAtAsync(12, 10);
        var second = await BookingAtAsync(12, 18);
        var onFirst = await AssignAsync(first);
        await AssignAsync(second);

        // Move the first to the next morning: free, so the assignment follows it.
        var moved = BookingInputs.Valid(customer, new DateTime(2026, 12, 13, 9, 0, 0));
        await bookings.UpdateAsync(first, moved);
        await using (var db = Harness.Db())
        {
            var assignment = await db.CrewAssignments.SingleAsync(a => a.Id == onFirst);
            Assert.Equal(new DateTimeOffset(2026, 12, 13, 1, 0, 0, TimeSpan.Zero), assignment.StartsAt);
        }

        // Moving it onto the evening show would double-book Aina: refused, nothing moves.
        var clash = BookingInputs.Valid(customer, new DateTime(2026, 12, 12, 19, 0, 0));
        clash.Version = 1;
        var refusal = await Assert.ThrowsAsync<SchedulingConflictException>(() => bookings.UpdateAsync(first, clash));
        Assert.Contains("BKG-2026-00002", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 13, 1, 0, 0, TimeSpan.Zero), (await Harness.Get<BookingDirectory>().FindAsync(first))!.StartsAt);
    }

    [Fact]
    public async Task A_cancelled_booking_no_longer_holds_its_crew()
    {
        var first = await BookingAtAsync(12, 18);
        await AssignAsync(first);
        await Harness.Get<BookingService>().CancelAsync(first, 0, "Venue closed");

        await AssignAsync(await BookingAtAsync(12, 19));
    }

    [Fact]
    public async Task Completing_the_booking_completes_accepted_work_and_leaves_unanswered_offers()
    {
        var booking = await BookingAtAsync(12, 18);
        var accepted = await AssignAsync(booking);
        await Harness.Get<CrewAssignmentService>().AcceptAsync(accepted, 0, ainaLogin);
        var others = await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { Name = "Badrul", Roles = ["dancer"], Phone = "012-777 1234", DefaultRate = 200m });
        var unanswered = await AssignAsync(booking, person: others);
        var service = Harness.Get<BookingService>();
        await service.ConfirmAsync(booking, 0);
        await service.StartAsync(booking, 1);

        await service.CompleteAsync(booking, 2);

        await using var db = Harness.Db();
        Assert.Equal(AssignmentStatus.Completed, (await db.CrewAssignments.SingleAsync(a => a.Id == accepted)).Status);
        Assert.Equal(AssignmentStatus.Offered, (await db.CrewAssignments.SingleAsync(a => a.Id == unanswered)).Status);
    }

    [Fact]
    public async Task The_person_picker_says_who_is_busy_at_that_time_and_why()
    {
        var crew = Harness.Get<CrewService>();
        var (zaki, mei) = (
            await crew.CreateAsync(new CrewMemberInput { Name = "Zaki Omar", Roles = ["dancer"], Phone = "012-111 2222", DefaultRate = 200m }),
            await crew.CreateAsync(new CrewMemberInput { Name = "Mei Ling", Roles = ["dancer"], Phone = "012-333 4444", DefaultRate = 220m }));
        var show = await BookingAtAsync(12, 18);
        var nearby = await BookingAtAsync(12, 22, hours: 2);
        await AssignAsync(nearby);
        await crew.AddTimeOffAsync(mei, TestTime.Instant(new DateTime(2026, 12, 12, 0, 0, 0)), TestTime.Instant(new DateTime(2026, 12, 13, 0, 0, 0)), "Leave");
        var nearbyNumber = (await Harness.Get<BookingDirectory>().FindAsync(nearby))!.Number;

        var picks = await Harness.Get<CrewDirectory>().PickerAsync(show, TimeSpan.FromMinutes(30));

        Assert.Equal(
            [$"Aina Razak (busy: on {nearbyNumber})", "Mei Ling (busy: time off)", "Zaki Omar"],
            picks.Select(p => p.Label));
        Assert.Equal(200m, picks.Single(p => p.Id == zaki).DefaultRate);
        Assert.Equal(["Mei Ling (busy: time off)"], (await Harness.Get<CrewDirectory>().PickerAsync(show, TimeSpan.FromMinutes(30), " mei ")).Select(p => p.Label));
    }

    [Fact]
    public async Task The_crew_list_finds_people_by_any_case_of_their_name_or_by_phone()
    {
        var directory = Harness.Get<CrewDirectory>();

        Assert.Equal(["Aina Razak"], (await directory.ListAsync("aina", includeInactive: false, new PageRequest())).Items.Select(c => c.Name));
        Assert.Equal(["Aina Razak"], (await directory.ListAsync("RAZAK", includeInactive: false, new PageRequest())).Items.Select(c => c.Name));
        Assert.Equal(["Aina Razak"], (await directory.ListAsync("888 12", includeInactive: false, new PageRequest())).Items.Select(c => c.Name));
        Assert.Empty((await directory.ListAsync("100%", includeInactive: false, new PageRequest())).Items);
    }
}
