namespace BookingOps.Domain.Crew;

public enum AssignmentStatus
{
    Offered = 1,
    Accepted = 2,
    Declined = 3,
    Completed = 4,
}
