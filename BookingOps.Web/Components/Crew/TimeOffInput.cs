using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Web.Components.Crew;

/// <summary>The time-off form, in business-local times.</summary>
public sealed class TimeOffInput
{
    [SaneDate]
    public DateTime StartsAt { get; set; }

    [SaneDate]
    public DateTime EndsAt { get; set; }

    [StringLength(200, ErrorMessage = "Keep the note under 200 characters.")]
    public string? Note { get; set; }
}
