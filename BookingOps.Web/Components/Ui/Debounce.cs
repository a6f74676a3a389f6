namespace BookingOps.Web.Components.Ui;

/// <summary>Runs an action after a pause in typing, so each keystroke does not hit the database.</summary>
public sealed class Debounce(TimeSpan pause)
{
    private int generation;

    public Debounce()
        : this(TimeSpan.FromMilliseconds(250))
    {
    }

    /// <summary>Waits the pause; runs <paramref name="action"/> only if no newer call came meanwhile.</summary>
    public async Task RunAsync(Func<Task> action)
    {
        var mine = Interlocked.Increment(ref generation);
        await Task.Delay(pause);
        if (mine == Volatile.Read(ref generation))
        {
            await action();
        }
    }
}
