namespace BookingOps.Domain.DeliveryOrders;

/// <summary>Where the driver is with an issued order, one tap at a time.</summary>
public enum FieldStage
{
    NotStarted = 0,
    HeadingThere = 1,
    OnSite = 2,

    /// <summary>The bin was left at the site (a delivery) or taken away from it (a collection).</summary>
    Handover = 3,
    Done = 4,
}
