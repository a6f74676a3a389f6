using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;

namespace BookingOps.Domain.BulkImports;

/// <summary>Customers from a spreadsheet (an old address book, another system's export), each checked by the customer form's own rules.</summary>
internal sealed class CustomerImport(TimeProvider clock) : ImportTarget
{
    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("name", "Name", true, "name", "customer", "company", "nama"),
        new("contact", "Contact person", false, "contact", "contact person", "pic"),
        new("phone", "Phone", true, "phone", "mobile", "tel", "telephone", "no. telefon"),
        new("email", "Email", false, "email", "e-mail"),
        new("address", "Address", false, "address", "alamat"),
        new("tax", "Tax number", false, "tax number", "sst no", "tin"),
        new("notes", "Notes", false, "notes", "remarks"),
    ];

    public override Task PrepareAsync(BookingOpsDbContext db, Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task<IReadOnlyList<RowOutcome>> CheckAsync(BookingOpsDbContext db, IReadOnlyList<IReadOnlyList<string>> rows, ImportMapping mapping, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RowOutcome>>(rows.Select(row =>
        {
            var input = new CustomerInput
            {
                Name = mapping.ValueOf(row, "name") ?? string.Empty,
                ContactPerson = mapping.ValueOf(row, "contact"),
                Phone = mapping.ValueOf(row, "phone") ?? string.Empty,
                Email = mapping.ValueOf(row, "email"),
                Address = mapping.ValueOf(row, "address"),
                TaxNumber = mapping.ValueOf(row, "tax"),
                Notes = mapping.ValueOf(row, "notes"),
            };
            var problems = InputValidation.Collect(input).SelectMany(e => e.Value).ToList();
            return new RowOutcome(problems.Count == 0 ? input : null, problems);
        }).ToList());

    public override Task AddAsync(BookingOpsDbContext db, IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var input in records.Cast<CustomerInput>())
        {
            var customer = new Customer { CreatedAt = now };
            customer.Apply(input);
            db.Customers.Add(customer);
        }

        return Task.CompletedTask;
    }
}
