using BookingOps.Web.Cli;
using BookingOps.Web.Hosting;
using BookingOps.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);
builder.AddBookingOps();
var app = builder.Build();
await DatabaseStartup.MigrateAsync(app.Services);

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args);
}

app.UseBookingOps();
app.Services.ScheduleJobs();
await app.RunAsync();
return 0;

/// <summary>Lets the integration tests host the app (WebApplicationFactory needs a visible entry point).</summary>
public partial class Program;
