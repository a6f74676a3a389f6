namespace BookingOps.Domain.Search;

/// <summary>What a search hit is; groups are shown in this order when they match equally well.</summary>
public enum SearchKind
{
    Customer,
    Booking,
    Invoice,
    DeliveryOrder,
    Receipt,
    Crew,
    Asset,
}

/// <summary>How well a hit matches what was typed, best first: the whole value, its start, or a word inside it.</summary>
public enum SearchMatch
{
    Exact,
    Prefix,
    Contains,
}

/// <summary>One record found, as the search box lists it, with the page the user may open it on.</summary>
public sealed record SearchHit(string Title, string? Subtitle, string Link, SearchMatch Match);

/// <summary>The hits of one kind, best first.</summary>
public sealed record SearchGroup(SearchKind Kind, IReadOnlyList<SearchHit> Hits);
