using BookingOps.Domain.Common;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.BulkImports;

/// <summary>
/// Expenses from a spreadsheet: a row naming a crew member is their expense on the booking or order it
/// names (waiting for approval, as if they had logged it); a row without one is overhead, which only an
/// Admin may import. Categories, crew and work are matched by name and number.
/// </summary>
internal sealed class ExpenseImport(TimeProvider clock, DateOnly today) : ImportTarget
{
    private Dictionary<(ExpenseKind, string), int> categories = [];
    private Dictionary<string, int[]> crew = [];
    private Actor actor = Actor.System;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("date", "Date", true, "date", "spent on", "expense date", "tarikh"),
        new("amount", "Amount", true, "amount", "total", "amount (rm)", "jumlah"),
        new("tax", "Tax", false, "tax", "sst", "gst"),
        new("category", "Category", true, "category", "kategori"),
        new("description", "Description", true, "description", "details", "for", "what"),
        new("vendor", "Vendor", false, "vendor", "supplier", "shop", "merchant"),
        new("crew", "Crew member", false, "crew", "crew member", "staff", "name"),
        new("work", "Booking or order number", false, "booking", "booking number", "order", "do number", "job"),
    ];

    public override async Task PrepareAsync(BookingOpsDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        this.actor = actor;
        categories = (await db.ExpenseCategories.AsNoTracking().Where(c => c.IsActive).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.Kind, c.Name.ToUpperInvariant()), c => c.Id);
        crew = (await db.CrewMembers.AsNoTracking().Where(c => c.IsActive).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .GroupBy(c => c.Name.Trim().ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToArray());
    }

    public override async Task<IReadOnlyList<RowOutcome>> CheckAsync(BookingOpsDbContext db, IReadOnlyList<IReadOnlyList<string>> rows, ImportMapping mapping, CancellationToken cancellationToken)
    {
        var numbers = rows.Select(r => mapping.ValueOf(r, "work")).OfType<string>().Select(n => n.ToUpperInvariant()).Distinct().ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => numbers.Contains(b.Number)).ToDictionaryAsync(b => b.Number, b => b.Id, cancellationToken);
        var orders = await db.DeliveryOrders.AsNoTracking().Where(o => o.Number != null && numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number!, o => o.Id, cancellationToken);
        return rows.Select(row => Check(row, mapping, bookings, orders)).ToList();
    }

    public override async Task AddAsync(BookingOpsDbContext db, IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var input in records.Cast<ExpenseInput>())
        {
            db.Expenses.Add(Expense.Create(await DocumentNumbers.NextAsync(db, Expense.NumberPrefix, today.Year, cancellationToken), input, actor.Name, now));
        }
    }

    private RowOutcome Check(IReadOnlyList<string> row, ImportMapping mapping, Dictionary<string, int> bookings, Dictionary<string, int> orders)
    {
        var problems = new List<string>();
        var said = new HashSet<string>(StringComparer.Ordinal) { nameof(ExpenseInput.CategoryId) };
        var person = mapping.ValueOf(row, "crew");
        var kind = person is null ? ExpenseKind.Overhead : ExpenseKind.Crew;
        var input = new ExpenseInput { Kind = kind, Description = mapping.ValueOf(row, "description") ?? string.Empty, Vendor = mapping.ValueOf(row, "vendor") };

        if (ImportValues.Date(mapping.ValueOf(row, "date")) is { } day)
        {
            input.SpentOn = day;
        }
        else
        {
            problems.Add($"The date \"{mapping.ValueOf(row, "date")}\" is not a date (write it as 2026-11-21 or 21/11/2026).");
            said.Add(nameof(ExpenseInput.SpentOn));
        }

        if (ImportValues.Amount(mapping.ValueOf(row, "amount")) is { } amount)
        {
            input.Amount = amount;
        }
        else
        {
            problems.Add($"The amount \"{mapping.ValueOf(row, "amount")}\" is not a number.");
            said.Add(nameof(ExpenseInput.Amount));
        }

        input.Tax = mapping.ValueOf(row, "tax") is { } tax ? ImportValues.Amount(tax) ?? -1m : 0m;
        if (input.Tax < 0m)
        {
            problems.Add("The tax is not a number.");
            input.Tax = 0m;
        }

        var category = mapping.ValueOf(row, "category");
        if (category is not null && categories.TryGetValue((kind, category.ToUpperInvariant()), out var categoryId))
        {
            input.CategoryId = categoryId;
        }
        else
        {
            problems.Add($"\"{category}\" is not one of the {(kind == ExpenseKind.Crew ? "crew" : "overhead")} expense categories.");
            input.CategoryId = -1;
        }

        if (kind == ExpenseKind.Overhead && !actor.IsAdmin)
        {
            problems.Add("Overhead expenses are the Admin's to import; name the crew member for a crew expense.");
        }

        if (person is not null)
        {
            switch (crew.GetValueOrDefault(person.ToUpperInvariant()))
            {
                case [var id]:
                    input.CrewMemberId = id;
                    break;
                case { Length: > 1 }:
                    problems.Add($"More than one crew member is called \"{person}\".");
                    break;
                default:
                    problems.Add($"No active crew member is called \"{person}\".");
                    break;
            }

            if (mapping.ValueOf(row, "work") is { } work)
            {
                input.BookingId = bookings.TryGetValue(work.ToUpperInvariant(), out var booking) ? booking : null;
                input.DeliveryOrderId = orders.TryGetValue(work.ToUpperInvariant(), out var order) ? order : null;
                said.Add(nameof(ExpenseInput.BookingId));
                if (input.BookingId is null && input.DeliveryOrderId is null)
                {
                    problems.Add($"No booking or delivery order is numbered \"{work}\".");
                }
            }
        }

        // The input's own rules, except where the row's own words already said what is wrong.
        problems.AddRange(InputValidation.Collect(input).Where(e => !said.Contains(e.Key)).SelectMany(e => e.Value));
        return new RowOutcome(problems.Count == 0 ? input : null, problems.Distinct().ToList());
    }
}
