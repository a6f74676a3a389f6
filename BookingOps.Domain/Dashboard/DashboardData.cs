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
    MoneyToday Money);
