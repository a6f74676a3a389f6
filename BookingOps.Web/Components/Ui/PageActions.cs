using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BookingOps.Web.Components.Ui;

/// <summary>
/// The one way a page runs an action outside a form: it may ask first, then runs it and shows the outcome
/// as a snackbar. A refusal from the domain shows its message; it never breaks the page. (Forms show
/// refusals beside their fields through <see cref="DomainFeedback"/>.)
/// </summary>
public sealed class PageActions(IDialogService dialogs, ISnackbar snackbar, NavigationManager navigation)
{
    public async Task<bool> ConfirmAsync(string title, string question, string action, string keep = "Keep as is") =>
        await dialogs.ShowMessageBoxAsync(title, question, yesText: action, cancelText: keep) == true;

    /// <summary>Runs <paramref name="action"/>; true if it went through, false with the reason shown if the domain refused it.</summary>
    public async Task<bool> RunAsync(Func<Task> action, string? done = null)
    {
        try
        {
            await action();
        }
        catch (SessionEndedException)
        {
            SignInAgain.Go(navigation, ended: true);
            return false;
        }
        catch (DomainException refusal)
        {
            snackbar.Add(refusal.Message, Severity.Error);
            return false;
        }

        if (done is not null)
        {
            snackbar.Add(done, Severity.Success);
        }

        return true;
    }

    /// <summary>
    /// Asks for a written reason and runs <paramref name="run"/> with it; true once it went through. A refusal
    /// shows in the dialog, which stays open for another try.
    /// </summary>
    public async Task<bool> WithReasonAsync(string title, string prompt, string action, Func<string, Task> run)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Prompt, prompt },
            { d => d.ActionText, action },
            { d => d.OnConfirm, run },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>Asks, then runs; false if the user kept things as they were or the domain refused.</summary>
    public async Task<bool> ConfirmThenRunAsync(string title, string question, string action, Func<Task> run, string? done = null) =>
        await ConfirmAsync(title, question, action) && await RunAsync(run, done);
}
