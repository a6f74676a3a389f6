using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>
/// The office's search (Admin and Staff): every kind, each hit linked to the office's page for it.
/// Documents match by their number's start (any case; only when the text could start such a number) or
/// by their customer's phone; customers also by a word of their name or e-mail through the customer
/// full-text index; crew and assets, a few hundred or thousand rows, also by any part of a name or code.
/// </summary>
internal sealed class OfficeSearch(SearchRun run, BusinessCalendar calendar)
{
    private readonly BookingOpsDbContext db = run.Db;
    private readonly SearchText typed = run.Typed;
    private readonly int perKind = run.PerKind;

    public async Task<IReadOnlyList<SearchGroup>> RunAsync(CancellationToken cancellationToken) =>
    [
        await CustomersAsync(cancellationToken),
        await BookingsAsync(cancellationToken),
        await InvoicesAsync(cancellationToken),
        await DeliveryOrdersAsync(cancellationToken),
        await ReceiptsAsync(cancellationToken),
        await CrewAsync(cancellationToken),
        await AssetsAsync(cancellationToken),
    ];

    private async Task<SearchGroup> CustomersAsync(CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking();
        var (text, phone) = (typed.Text, typed.Phone);
        var tiers = new SearchTiers<CustomerRow>(run, SearchKind.Customer)
            .Add(customers.Where(c => c.Name == text || c.Email == text || phone.Contains(c.PhoneDigits)).OrderBy(c => c.Name), Rows(SearchMatch.Exact))
            .Add(customers.Where(typed.Name.Matches<Customer>(c => c.Name)).OrderBy(c => c.Name), Rows(SearchMatch.Prefix))
            .Add(customers.Where(typed.Name.Matches<Customer>(c => c.Email)).OrderBy(c => c.Email), Rows(SearchMatch.Prefix));
        foreach (var phoneStart in typed.PhonePrefixes)
        {
            tiers.Add(customers.Where(phoneStart.Matches<Customer>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits), Rows(SearchMatch.Prefix));
        }

        if (typed.Words is { } words)
        {
            // Newest first: the full-text index hands its hits over in id order, so the first few cost little however many match.
            var hits = CustomerSearchIndex.Matches(db, words);
            tiers.Add(customers.Where(c => hits.Contains(c.Id)).OrderByDescending(c => c.Id), Rows(SearchMatch.Contains));
        }

        var rows = await tiers.ReadAsync(c => c.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(c => c.Match).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(perKind)
            .Select(c => new SearchHit(c.Name, SearchFormat.Join(c.Phone, c.Email, c.IsArchived ? "archived" : null), $"customers/{c.Id}", c.Match))
            .ToList());

        static Func<IQueryable<Customer>, IQueryable<CustomerRow>> Rows(SearchMatch match) => found => found.Select(c => new CustomerRow
        {
            Id = c.Id, Match = match, Name = c.Name, Phone = c.Phone, Email = c.Email, IsArchived = c.IsArchived,
        });
    }

    private async Task<SearchGroup> BookingsAsync(CancellationToken cancellationToken)
    {
        var bookings = db.Bookings.AsNoTracking();
        var tiers = new SearchTiers<BookingRow>(run, SearchKind.Booking)
            .AddByNumber(bookings, BookingService.NumberPrefix, b => b.Number, Rows)
            .AddByCustomerPhone(owners => bookings.Where(b => owners.Contains(b.CustomerId)).OrderByDescending(b => b.Id), Rows);
        var rows = (await tiers.ReadAsync(b => b.Id, cancellationToken)).ToList();
        if (rows.Count == 0)
        {
            return tiers.Group([]);
        }

        var zone = await calendar.ZoneAsync();
        return tiers.Group(rows
            .OrderBy(b => b.Match).ThenByDescending(b => b.Id)
            .Take(perKind)
            .Select(b => new SearchHit(b.Number, SearchFormat.Join(b.Customer, b.ServiceType, SearchFormat.Day(b.StartsAt, zone)), $"bookings/{b.Id}", b.Match))
            .ToList());

        Func<IQueryable<Booking>, IQueryable<BookingRow>> Rows(SearchMatch match) => found =>
            from b in found
            join c in db.Customers on b.CustomerId equals c.Id
            select new BookingRow { Id = b.Id, Match = match, Number = b.Number, Customer = c.Name, ServiceType = b.ServiceType, StartsAt = b.StartsAt };
    }

    private async Task<SearchGroup> InvoicesAsync(CancellationToken cancellationToken)
    {
        var invoices = db.Invoices.AsNoTracking();
        var tiers = new SearchTiers<InvoiceRow>(run, SearchKind.Invoice)
            .AddByNumber(invoices, Invoice.NumberPrefix, i => i.Number, Rows)
            .AddByCustomerPhone(owners => invoices.Where(i => owners.Contains(i.CustomerId)).OrderByDescending(i => i.Id), Rows);
        var rows = await tiers.ReadAsync(i => i.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(i => i.Match).ThenByDescending(i => i.Id)
            .Take(perKind)
            .Select(i => new SearchHit(
                i.Number ?? "Draft invoice",
                SearchFormat.Join(i.Customer, i.IssuedOn is { } issued ? SearchFormat.Day(issued) : "draft", SearchFormat.Money(i.Total)),
                $"invoices/{i.Id}",
                i.Match))
            .ToList());

        Func<IQueryable<Invoice>, IQueryable<InvoiceRow>> Rows(SearchMatch match) => found =>
            from i in found
            join c in db.Customers on i.CustomerId equals c.Id
            select new InvoiceRow { Id = i.Id, Match = match, Number = i.Number, Customer = c.Name, IssuedOn = i.IssuedOn, Total = i.Total };
    }

    private async Task<SearchGroup> DeliveryOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = db.DeliveryOrders.AsNoTracking();
        var tiers = new SearchTiers<OrderRow>(run, SearchKind.DeliveryOrder)
            .AddByNumber(orders, DeliveryOrder.NumberPrefix, o => o.Number, Rows)
            .AddByBookNumber(orders, Rows)
            .AddByCustomerPhone(owners => orders.Where(o => owners.Contains(o.CustomerId)).OrderByDescending(o => o.Id), Rows);
        var rows = await tiers.ReadAsync(o => o.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(o => o.Match).ThenByDescending(o => o.Id)
            .Take(perKind)
            .Select(o => new SearchHit(
                o.Number ?? "Draft delivery order",
                SearchFormat.Join(o.Customer, SearchFormat.Day(o.ScheduledOn), o.BookNumber is null ? null : $"book no. {o.BookNumber}"),
                $"delivery-orders/{o.Id}",
                o.Match))
            .ToList());

        Func<IQueryable<DeliveryOrder>, IQueryable<OrderRow>> Rows(SearchMatch match) => found =>
            from o in found
            join c in db.Customers on o.CustomerId equals c.Id
            select new OrderRow { Id = o.Id, Match = match, Number = o.Number, BookNumber = o.BookNumber, Customer = c.Name, ScheduledOn = o.ScheduledOn };
    }

    /// <summary>
    /// Receipts by number or the customer's phone: payments on invoices, and cash a driver took that is on
    /// no invoice yet (its number becomes the payment's when the order is invoiced, so it is never listed twice).
    /// </summary>
    private async Task<SearchGroup> ReceiptsAsync(CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        var taken = db.FieldReceipts.AsNoTracking().Where(r => r.PaymentId == null);
        var tiers = new SearchTiers<ReceiptRow>(run, SearchKind.Receipt)
            .AddByNumber(payments, Payment.ReceiptPrefix, p => p.ReceiptNumber, Paid)
            .AddByNumber(taken, Payment.ReceiptPrefix, r => r.ReceiptNumber, Taken)
            .AddByCustomerPhone(
                owners => from i in db.Invoices where owners.Contains(i.CustomerId) join p in payments on i.Id equals p.InvoiceId orderby p.Id descending select p,
                Paid)
            .AddByCustomerPhone(
                owners => from o in db.DeliveryOrders where owners.Contains(o.CustomerId) join r in taken on o.Id equals r.DeliveryOrderId orderby r.Id descending select r,
                Taken);
        var rows = await tiers.ReadAsync(r => (r.OnSite, r.Id), cancellationToken);
        return tiers.Group(rows
            .OrderBy(r => r.Match).ThenByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Number, StringComparer.Ordinal)
            .Take(perKind)
            .Select(r => new SearchHit(
                r.Number,
                SearchFormat.Join(r.Customer, r.Document, SearchFormat.Money(r.Amount), SearchFormat.Day(r.ReceivedOn)),
                r.OnSite ? $"delivery-orders/{r.PageId}" : $"payments/{r.PageId}/receipt",
                r.Match))
            .ToList());

        Func<IQueryable<Payment>, IQueryable<ReceiptRow>> Paid(SearchMatch match) => found =>
            from p in found
            join i in db.Invoices on p.InvoiceId equals i.Id
            join c in db.Customers on i.CustomerId equals c.Id
            select new ReceiptRow
            {
                Id = p.Id, Match = match, OnSite = false, PageId = p.Id, Number = p.ReceiptNumber, Customer = c.Name, Document = i.Number, Amount = p.Amount, ReceivedOn = p.ReceivedOn,
            };

        Func<IQueryable<FieldReceipt>, IQueryable<ReceiptRow>> Taken(SearchMatch match) => found =>
            from r in found
            join o in db.DeliveryOrders on r.DeliveryOrderId equals o.Id
            join c in db.Customers on o.CustomerId equals c.Id
            select new ReceiptRow
            {
                Id = r.Id, Match = match, OnSite = true, PageId = o.Id, Number = r.ReceiptNumber, Customer = c.Name, Document = o.Number, Amount = r.Amount, ReceivedOn = r.ReceivedOn,
            };
    }

    /// <summary>Crew by name (whole, start, or anywhere: the crew is a few hundred people) or phone.</summary>
    private async Task<SearchGroup> CrewAsync(CancellationToken cancellationToken)
    {
        var crew = db.CrewMembers.AsNoTracking();
        var (text, phone, anywhere) = (typed.Text, typed.Phone, LikePattern.Containing(typed.Text));
        var tiers = new SearchTiers<CrewRow>(run, SearchKind.Crew)
            .Add(crew.Where(c => c.Name == text || phone.Contains(c.PhoneDigits)).OrderBy(c => c.Name), Rows(SearchMatch.Exact))
            .Add(crew.Where(typed.Name.Matches<CrewMember>(c => c.Name)).OrderBy(c => c.Name), Rows(SearchMatch.Prefix))
            .Add(crew.Where(c => EF.Functions.Like(c.Name, anywhere, LikePattern.Escape)).OrderBy(c => c.Name), Rows(SearchMatch.Contains));
        foreach (var phoneStart in typed.PhonePrefixes)
        {
            tiers.Add(crew.Where(phoneStart.Matches<CrewMember>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits), Rows(SearchMatch.Prefix));
        }

        var rows = await tiers.ReadAsync(c => c.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(c => c.Match).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(perKind)
            .Select(c => new SearchHit(c.Name, SearchFormat.Join(string.Join(", ", c.Roles), c.Phone, c.IsActive ? null : "inactive"), $"crew/{c.Id}/edit", c.Match))
            .ToList());

        static Func<IQueryable<CrewMember>, IQueryable<CrewRow>> Rows(SearchMatch match) => found => found.Select(c => new CrewRow
        {
            Id = c.Id, Match = match, Name = c.Name, Roles = c.Roles, Phone = c.Phone, IsActive = c.IsActive,
        });
    }

    /// <summary>Vehicles, bins and equipment by plate or serial: whole, start, or anywhere (a fleet is a few thousand at most).</summary>
    private async Task<SearchGroup> AssetsAsync(CancellationToken cancellationToken)
    {
        var assets = db.Assets.AsNoTracking();
        var anywhere = LikePattern.Containing(typed.Upper);
        var tiers = new SearchTiers<AssetRow>(run, SearchKind.Asset)
            .Add(assets.Where(typed.Number.Exactly<Asset>(a => a.Code)).OrderBy(a => a.Id), Rows(SearchMatch.Exact))
            .Add(assets.Where(typed.Number.Matches<Asset>(a => a.Code)).OrderBy(a => a.Code), Rows(SearchMatch.Prefix))
            .Add(assets.Where(a => EF.Functions.Like(a.Code, anywhere, LikePattern.Escape)).OrderBy(a => a.Code), Rows(SearchMatch.Contains));

        var rows = await tiers.ReadAsync(a => a.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(a => a.Match).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Take(perKind)
            .Select(a => new SearchHit(a.Code, SearchFormat.Join(AssetKindNames.Label(a.Kind), a.Size ?? a.Description, a.Area, a.IsActive ? null : "inactive"), $"assets/{a.Id}", a.Match))
            .ToList());

        static Func<IQueryable<Asset>, IQueryable<AssetRow>> Rows(SearchMatch match) => found => found.Select(a => new AssetRow
        {
            Id = a.Id, Match = match, Code = a.Code, Kind = a.Kind, Size = a.Size, Description = a.Description, Area = a.Area, IsActive = a.IsActive,
        });
    }

    private sealed class CustomerRow : SearchRow
    {
        public string Name { get; init; } = string.Empty;

        public string Phone { get; init; } = string.Empty;

        public string? Email { get; init; }

        public bool IsArchived { get; init; }
    }

    private sealed class BookingRow : SearchRow
    {
        public string Number { get; init; } = string.Empty;

        public string Customer { get; init; } = string.Empty;

        public string ServiceType { get; init; } = string.Empty;

        public DateTimeOffset StartsAt { get; init; }
    }

    private sealed class InvoiceRow : SearchRow
    {
        public string? Number { get; init; }

        public string Customer { get; init; } = string.Empty;

        public DateOnly? IssuedOn { get; init; }

        public decimal Total { get; init; }
    }

    private sealed class OrderRow : SearchRow
    {
        public string? Number { get; init; }

        public string? BookNumber { get; init; }

        public string Customer { get; init; } = string.Empty;

        public DateOnly ScheduledOn { get; init; }
    }

    /// <summary>A payment's receipt, or cash taken on site (<see cref="OnSite"/>) that is on no invoice yet; <see cref="PageId"/> is the payment or the order.</summary>
    private sealed class ReceiptRow : SearchRow
    {
        public bool OnSite { get; init; }

        public int PageId { get; init; }

        public string Number { get; init; } = string.Empty;

        public string Customer { get; init; } = string.Empty;

        public string? Document { get; init; }

        public decimal Amount { get; init; }

        public DateOnly ReceivedOn { get; init; }
    }

    private sealed class CrewRow : SearchRow
    {
        public string Name { get; init; } = string.Empty;

        public List<string> Roles { get; init; } = [];

        public string Phone { get; init; } = string.Empty;

        public bool IsActive { get; init; }
    }

    private sealed class AssetRow : SearchRow
    {
        public string Code { get; init; } = string.Empty;

        public AssetKind Kind { get; init; }

        public string? Size { get; init; }

        public string? Description { get; init; }

        public string? Area { get; init; }

        public bool IsActive { get; init; }
    }
}
