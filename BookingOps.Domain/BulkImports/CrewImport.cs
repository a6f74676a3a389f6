using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Persistence;

namespace BookingOps.Domain.BulkImports;

/// <summary>
/// Crew from a spreadsheet, each checked by the crew form's own rules; roles are written together in one
/// cell ("dancer; driver"). Logins are not made here: the office links them on the person's page.
/// </summary>
internal sealed class CrewImport : ImportTarget
{
    private static readonly char[] RoleSeparators = [';', ',', '/'];

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("name", "Name", true, "name", "full name", "nama"),
        new("phone", "Phone", true, "phone", "mobile", "tel", "no. telefon"),
        new("roles", "Roles", true, "roles", "role", "skills", "jawatan"),
        new("email", "Email", false, "email", "e-mail"),
        new("id", "ID number", false, "id number", "ic", "ic number", "no. kp"),
        new("rate", "Default rate", false, "rate", "default rate", "fee"),
    ];

    public override Task PrepareAsync(BookingOpsDbContext db, Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task<IReadOnlyList<RowOutcome>> CheckAsync(BookingOpsDbContext db, IReadOnlyList<IReadOnlyList<string>> rows, ImportMapping mapping, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RowOutcome>>(rows.Select(row =>
        {
            var problems = new List<string>();
            var rate = mapping.ValueOf(row, "rate");
            var input = new CrewMemberInput
            {
                Name = mapping.ValueOf(row, "name") ?? string.Empty,
                Phone = mapping.ValueOf(row, "phone") ?? string.Empty,
                Roles = [.. (mapping.ValueOf(row, "roles") ?? string.Empty).Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Email = mapping.ValueOf(row, "email"),
                IdNumber = mapping.ValueOf(row, "id"),
                DefaultRate = rate is null ? 0m : ImportValues.Amount(rate) ?? 0m,
            };
            if (rate is not null && ImportValues.Amount(rate) is null)
            {
                problems.Add($"The rate \"{rate}\" is not a number.");
            }

            problems.AddRange(InputValidation.Collect(input).SelectMany(e => e.Value));
            return new RowOutcome(problems.Count == 0 ? input : null, problems);
        }).ToList());

    public override Task AddAsync(BookingOpsDbContext db, IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        foreach (var input in records.Cast<CrewMemberInput>())
        {
            var person = new CrewMember();
            person.Apply(input);
            db.CrewMembers.Add(person);
        }

        return Task.CompletedTask;
    }
}
