namespace BookingOps.Web.Components.Ui;

/// <summary>A value and its label, for drop-downs.</summary>
public sealed record Choice<T>(T Value, string Text);
