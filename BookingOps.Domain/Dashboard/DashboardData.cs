using BookingOps.Domain.Bookings;
using BookingOps.Domain.Inquiries;

namespace BookingOps.Domain.Dashboard;

public sealed record DashboardData(
    IReadOnlyList<BookingListItem> Today,
    IReadOnlyList<BookingListItem> NextSevenDays,
    int OpenInquiryCount,
    IReadOnlyList<InquiryListItem> LatestInquiries,
    IReadOnlyList<BookingListItem> HoldsExpiringSoon,
    IReadOnlyList<DepositDue> DepositsDue,
    IReadOnlyDictionary<BookingStatus, int> ThisMonthByStatus,
    MoneyToday Money,
    DeliveryOrdersAtAGlance DeliveryOrders,
    IReadOnlyList<Budgets.BudgetWatch> Budgets,
    OwnerNumbers Owner);

/// <summary>
/// The owner's glance (shown to Admins): revenue this month against last month (invoices issued, net of voids),
/// what customers owe by age, and what is owed to crew.
/// </summary>
public sealed record OwnerNumbers(decimal RevenueThisMonth, decimal RevenueLastMonth, Reports.AgingAmounts Receivables, int OpenInvoices, decimal PayoutsDue);

/// <summary>The bin business on the start page: bins past their agreed days, orders waiting for their invoice, the latest notices.</summary>
public sealed record DeliveryOrdersAtAGlance(
    IReadOnlyList<DeliveryOrders.OverdueBin> OverdueBins,
    int WithoutInvoice,
    IReadOnlyList<Notifications.Notification> Notices);
