using BookingOps.Domain.Calendar;

namespace BookingOps.Web.Calendar;

/// <summary>
/// The calendar feed a calendar app subscribes to. Such apps cannot sign in, so the address's token is the key
/// (<see cref="CalendarFeeds"/>); an unknown or revoked token is simply not found.
/// </summary>
public static class CalendarFeedEndpoints
{
    public static void MapCalendarFeedEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/calendar/feed/{token}.ics", async (string token, HttpContext context, CalendarFeeds feeds, CancellationToken cancellationToken) =>
            {
                var request = context.Request;
                var app = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
                if (await feeds.RenderAsync(token, app, cancellationToken) is not { } feed)
                {
                    return Results.NotFound();
                }

                // Calendar apps poll; none of this belongs in a shared cache or a search index.
                context.Response.Headers.CacheControl = "private, no-cache";
                context.Response.Headers["X-Robots-Tag"] = "noindex";
                return Results.Text(feed, "text/calendar; charset=utf-8");
            })
            .AllowAnonymous();
}
