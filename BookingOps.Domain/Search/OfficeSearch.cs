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
/// Documents match by their number's start (any case) or by their customer's phone; names also by a
/// word inside them, through the customer full-text index or, for the few crew and assets, a plain scan.
/// </summary>
internal sealed class OfficeSearch(BookingOpsDbContext db, SearchText typed, int perKind, BusinessCalendar calendar)
{
    /// <summary>
    /// How many customers a typed phone's documents are drawn from. A few digits match thousands of
    /// customers; the newest documents of the first of them are as good an answer, and stay cheap.
    /// </summary>
    internal const int PhoneCustomers = 20;

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
        var candidates = new SearchCandidates(perKind)
            .Add(customers.Where(c => c.Name == text || c.Email == text || phone.Contains(c.PhoneDigits)).OrderBy(c => c.Name).Select(c => c.Id), SearchMatch.Exact)
            .Add(customers.Where(typed.Name.Matches<Customer>(c => c.Name)).OrderBy(c => c.Name).Select(c => c.Id), SearchMatch.Prefix)
            .Add(customers.Where(typed.Name.Matches<Customer>(c => c.Email)).OrderBy(c => c.Email).Select(c => c.Id), SearchMatch.Prefix);
        if (typed.IsPhone)
        {
            candidates.Add(customers.Where(typed.PhoneStartsWith<Customer>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits).Select(c => c.Id), SearchMatch.Prefix);
        }

        if (typed.Words is { } words)
        {
            // Newest first: the full-text index hands its hits over in id order, so the first few cost little however many match.
            var hits = CustomerSearchIndex.Matches(db, words);
            candidates.Add(customers.Where(c => hits.Contains(c.Id)).OrderByDescending(c => c.Id).Select(c => c.Id), SearchMatch.Contains);
        }

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await customers.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Phone, c.Email, c.IsArchived })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Customer, rows
            .OrderBy(c => found[c.Id]).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(perKind)
            .Select(c => new SearchHit(c.Name, SearchFormat.Join(c.Phone, c.Email, c.IsArchived ? "archived" : null), $"customers/{c.Id}", found[c.Id]))
            .ToList());
    }

    private async Task<SearchGroup> BookingsAsync(CancellationToken cancellationToken)
    {
        var bookings = db.Bookings.AsNoTracking();
        var (upper, number) = (typed.Upper, typed.Number);
        var candidates = new SearchCandidates(perKind)
            .Add(bookings.Where(b => b.Number == upper).OrderBy(b => b.Id).Select(b => b.Id), SearchMatch.Exact)
            .Add(bookings.Where(number.Matches<Booking>(b => b.Number)).OrderByDescending(b => b.Number).Select(b => b.Id), SearchMatch.Prefix);
        AddByCustomerPhone(candidates, customers => bookings.Where(b => customers.Contains(b.CustomerId)).OrderByDescending(b => b.Id).Select(b => b.Id));

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        if (ids.Count == 0)
        {
            return new SearchGroup(SearchKind.Booking, []);
        }

        var zone = await calendar.ZoneAsync();
        var rows = await (
            from b in bookings
            join c in db.Customers on b.CustomerId equals c.Id
            where ids.Contains(b.Id)
            select new { b.Id, b.Number, Customer = c.Name, b.ServiceType, b.StartsAt })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Booking, rows
            .OrderBy(b => found[b.Id]).ThenByDescending(b => b.Id)
            .Take(perKind)
            .Select(b => new SearchHit(b.Number, SearchFormat.Join(b.Customer, b.ServiceType, SearchFormat.Day(b.StartsAt, zone)), $"bookings/{b.Id}", found[b.Id]))
            .ToList());
    }

    private async Task<SearchGroup> InvoicesAsync(CancellationToken cancellationToken)
    {
        var invoices = db.Invoices.AsNoTracking();
        var (upper, number) = (typed.Upper, typed.Number);
        var candidates = new SearchCandidates(perKind)
            .Add(invoices.Where(i => i.Number == upper).OrderBy(i => i.Id).Select(i => i.Id), SearchMatch.Exact)
            .Add(invoices.Where(number.Matches<Invoice>(i => i.Number)).OrderByDescending(i => i.Number).Select(i => i.Id), SearchMatch.Prefix);
        AddByCustomerPhone(candidates, customers => invoices.Where(i => customers.Contains(i.CustomerId)).OrderByDescending(i => i.Id).Select(i => i.Id));

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await (
            from i in invoices
            join c in db.Customers on i.CustomerId equals c.Id
            where ids.Contains(i.Id)
            select new { i.Id, i.Number, Customer = c.Name, i.IssuedOn, i.Total })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Invoice, rows
            .OrderBy(i => found[i.Id]).ThenByDescending(i => i.Id)
            .Take(perKind)
            .Select(i => new SearchHit(
                i.Number ?? "Draft invoice",
                SearchFormat.Join(i.Customer, i.IssuedOn is { } issued ? SearchFormat.Day(issued) : "draft", SearchFormat.Money(i.Total)),
                $"invoices/{i.Id}",
                found[i.Id]))
            .ToList());
    }

    private async Task<SearchGroup> DeliveryOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = db.DeliveryOrders.AsNoTracking();
        var (text, upper, number) = (typed.Text, typed.Upper, typed.Number);
        var candidates = new SearchCandidates(perKind)
            .Add(orders.Where(o => o.Number == upper || o.BookNumber == text).OrderByDescending(o => o.Id).Select(o => o.Id), SearchMatch.Exact)
            .Add(orders.Where(number.Matches<DeliveryOrder>(o => o.Number)).OrderByDescending(o => o.Number).Select(o => o.Id), SearchMatch.Prefix);
        AddByCustomerPhone(candidates, customers => orders.Where(o => customers.Contains(o.CustomerId)).OrderByDescending(o => o.Id).Select(o => o.Id));

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await (
            from o in orders
            join c in db.Customers on o.CustomerId equals c.Id
            where ids.Contains(o.Id)
            select new { o.Id, o.Number, o.BookNumber, Customer = c.Name, o.ScheduledOn })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.DeliveryOrder, rows
            .OrderBy(o => found[o.Id]).ThenByDescending(o => o.Id)
            .Take(perKind)
            .Select(o => new SearchHit(
                o.Number ?? "Draft delivery order",
                SearchFormat.Join(o.Customer, SearchFormat.Day(o.ScheduledOn), o.BookNumber is null ? null : $"book no. {o.BookNumber}"),
                $"delivery-orders/{o.Id}",
                found[o.Id]))
            .ToList());
    }

    /// <summary>
    /// Receipts by number or the customer's phone: payments on invoices, and cash a driver took that is on
    /// no invoice yet (its number becomes the payment's when the order is invoiced, so it is never listed twice).
    /// </summary>
    private async Task<SearchGroup> ReceiptsAsync(CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        var fieldReceipts = db.FieldReceipts.AsNoTracking().Where(r => r.PaymentId == null);
        var (upper, number) = (typed.Upper, typed.Number);
        var paid = new SearchCandidates(perKind)
            .Add(payments.Where(p => p.ReceiptNumber == upper).OrderBy(p => p.Id).Select(p => p.Id), SearchMatch.Exact)
            .Add(payments.Where(number.Matches<Payment>(p => p.ReceiptNumber)).OrderByDescending(p => p.ReceiptNumber).Select(p => p.Id), SearchMatch.Prefix);
        AddByCustomerPhone(paid, customers =>
            from p in payments
            join i in db.Invoices on p.InvoiceId equals i.Id
            where customers.Contains(i.CustomerId)
            orderby p.Id descending
            select p.Id);
        var taken = new SearchCandidates(perKind)
            .Add(fieldReceipts.Where(r => r.ReceiptNumber == upper).OrderBy(r => r.Id).Select(r => r.Id), SearchMatch.Exact)
            .Add(fieldReceipts.Where(number.Matches<FieldReceipt>(r => r.ReceiptNumber)).OrderByDescending(r => r.ReceiptNumber).Select(r => r.Id), SearchMatch.Prefix);
        AddByCustomerPhone(taken, customers =>
            from r in fieldReceipts
            join o in db.DeliveryOrders on r.DeliveryOrderId equals o.Id
            where customers.Contains(o.CustomerId)
            orderby r.Id descending
            select r.Id);

        var foundPaid = await paid.ReadAsync(cancellationToken);
        var foundTaken = await taken.ReadAsync(cancellationToken);
        var (paidIds, takenIds) = (foundPaid.Keys.ToList(), foundTaken.Keys.ToList());
        var paidRows = paidIds.Count == 0 ? [] : await (
            from p in payments
            join i in db.Invoices on p.InvoiceId equals i.Id
            join c in db.Customers on i.CustomerId equals c.Id
            where paidIds.Contains(p.Id)
            select new { p.Id, p.ReceiptNumber, Customer = c.Name, Document = i.Number, p.Amount, p.ReceivedOn })
            .ToListAsync(cancellationToken);
        var takenRows = takenIds.Count == 0 ? [] : await (
            from r in fieldReceipts
            join o in db.DeliveryOrders on r.DeliveryOrderId equals o.Id
            join c in db.Customers on o.CustomerId equals c.Id
            where takenIds.Contains(r.Id)
            select new { r.Id, r.ReceiptNumber, Customer = c.Name, Document = o.Number, r.Amount, r.ReceivedOn, OrderId = o.Id })
            .ToListAsync(cancellationToken);
        var hits = paidRows
            .Select(p => (p.ReceivedOn, Hit: new SearchHit(p.ReceiptNumber, SearchFormat.Join(p.Customer, p.Document, SearchFormat.Money(p.Amount), SearchFormat.Day(p.ReceivedOn)), $"payments/{p.Id}/receipt", foundPaid[p.Id])))
            .Concat(takenRows.Select(r => (r.ReceivedOn, Hit: new SearchHit(r.ReceiptNumber, SearchFormat.Join(r.Customer, r.Document, SearchFormat.Money(r.Amount), SearchFormat.Day(r.ReceivedOn)), $"delivery-orders/{r.OrderId}", foundTaken[r.Id]))));
        return new SearchGroup(SearchKind.Receipt, hits
            .OrderBy(h => h.Hit.Match).ThenByDescending(h => h.ReceivedOn).ThenByDescending(h => h.Hit.Title, StringComparer.Ordinal)
            .Take(perKind)
            .Select(h => h.Hit)
            .ToList());
    }

    /// <summary>Crew by name (whole, start, or anywhere: the crew is a few hundred people) or phone.</summary>
    private async Task<SearchGroup> CrewAsync(CancellationToken cancellationToken)
    {
        var crew = db.CrewMembers.AsNoTracking();
        var (text, phone, anywhere) = (typed.Text, typed.Phone, LikePattern.Containing(typed.Text));
        var candidates = new SearchCandidates(perKind)
            .Add(crew.Where(c => c.Name == text || phone.Contains(c.PhoneDigits)).OrderBy(c => c.Name).Select(c => c.Id), SearchMatch.Exact)
            .Add(crew.Where(typed.Name.Matches<CrewMember>(c => c.Name)).OrderBy(c => c.Name).Select(c => c.Id), SearchMatch.Prefix)
            .Add(crew.Where(c => EF.Functions.Like(c.Name, anywhere, LikePattern.Escape)).OrderBy(c => c.Name).Select(c => c.Id), SearchMatch.Contains);
        if (typed.IsPhone)
        {
            candidates.Add(crew.Where(typed.PhoneStartsWith<CrewMember>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits).Select(c => c.Id), SearchMatch.Prefix);
        }

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await crew.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Roles, c.Phone, c.IsActive })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Crew, rows
            .OrderBy(c => found[c.Id]).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(perKind)
            .Select(c => new SearchHit(c.Name, SearchFormat.Join(string.Join(", ", c.Roles), c.Phone, c.IsActive ? null : "inactive"), $"crew/{c.Id}/edit", found[c.Id]))
            .ToList());
    }

    /// <summary>Vehicles, bins and equipment by plate or serial: whole, start, or anywhere (a fleet is a few thousand at most).</summary>
    private async Task<SearchGroup> AssetsAsync(CancellationToken cancellationToken)
    {
        var assets = db.Assets.AsNoTracking();
        var (upper, number, anywhere) = (typed.Upper, typed.Number, LikePattern.Containing(typed.Upper));
        var candidates = new SearchCandidates(perKind)
            .Add(assets.Where(a => a.Code == upper).OrderBy(a => a.Id).Select(a => a.Id), SearchMatch.Exact)
            .Add(assets.Where(number.Matches<Asset>(a => a.Code)).OrderBy(a => a.Code).Select(a => a.Id), SearchMatch.Prefix)
            .Add(assets.Where(a => EF.Functions.Like(a.Code, anywhere, LikePattern.Escape)).OrderBy(a => a.Code).Select(a => a.Id), SearchMatch.Contains);

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await assets.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Code, a.Kind, a.Size, a.Description, a.Area, a.IsActive })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Asset, rows
            .OrderBy(a => found[a.Id]).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Take(perKind)
            .Select(a => new SearchHit(a.Code, SearchFormat.Join(AssetKindNames.Label(a.Kind), a.Size ?? a.Description, a.Area, a.IsActive ? null : "inactive"), $"assets/{a.Id}", found[a.Id]))
            .ToList());
    }

    /// <summary>
    /// When the text is a phone number: the documents of the customers with exactly that phone, then of those
    /// whose phone starts with it (at most <see cref="PhoneCustomers"/> of each), newest first.
    /// </summary>
    private void AddByCustomerPhone(SearchCandidates candidates, Func<IQueryable<int>, IQueryable<int>> documentsOf)
    {
        if (!typed.IsPhone)
        {
            return;
        }

        var customers = db.Customers.AsNoTracking();
        var phone = typed.Phone;
        candidates
            .Add(documentsOf(customers.Where(c => phone.Contains(c.PhoneDigits)).OrderBy(c => c.Id).Select(c => c.Id).Take(PhoneCustomers)), SearchMatch.Exact)
            .Add(documentsOf(customers.Where(typed.PhoneStartsWith<Customer>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits).Select(c => c.Id).Take(PhoneCustomers)), SearchMatch.Prefix);
    }
}
