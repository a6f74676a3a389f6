using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Payouts;

/// <summary>What a statement line is: money earned (a job's fee, an approved expense) or money paid (a payout).</summary>
public enum StatementEntry
{
    Job = 1,
    Expense = 2,
    Payout = 3,
}

/// <summary>One line of an earnings statement: what was earned or paid, on which day, with its reference.</summary>
public sealed record StatementLine(DateOnly On, StatementEntry Entry, string Reference, string Description, decimal Earned, decimal Paid);

/// <summary>
/// One crew member's earnings over a period: what was owed at its start (everything earned before it,
/// less every live payout before it), what they earned and were paid in it, line by line, and what was
/// owed at its end. Reversed payouts pay nothing and are left out.
/// </summary>
public sealed record EarningsStatement(
    DocumentHeader Business,
    string Currency,
    int CrewMemberId,
    string Name,
    DateOnly From,
    DateOnly To,
    decimal Opening,
    IReadOnlyList<StatementLine> Lines)
{
    public decimal Earned => Lines.Sum(l => l.Earned);

    public decimal Paid => Lines.Sum(l => l.Paid);

    public decimal Closing => Opening + Earned - Paid;

    /// <summary>An amount in the statement's currency, as documents show it.</summary>
    public string Amount(decimal value) => Money.Format(value, Currency);

    /// <summary>The file name the PDF and the workbook are offered under.</summary>
    public string FileName => $"earnings-{string.Concat(Name.Where(char.IsLetterOrDigit))}-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}";
}
