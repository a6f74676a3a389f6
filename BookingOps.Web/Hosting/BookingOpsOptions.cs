namespace BookingOps.Web.Hosting;

/// <summary>The "BookingOps" configuration section (appsettings.json or BookingOps__* environment variables).</summary>
public sealed class BookingOpsOptions
{
    public const string Section = "BookingOps";

    /// <summary>Where the database, attachments and keys live; relative paths are taken from the content root.</summary>
    public string DataDirectory { get; set; } = "Data";

    /// <summary>Overrides the SQLite file; by default it is bookingops.db in <see cref="DataDirectory"/>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Sign-in attempts allowed per client address and minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;
}
