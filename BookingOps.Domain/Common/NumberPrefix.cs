using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace BookingOps.Domain.Common;

/// <summary>
/// A document-number search ("INV-2026-001") as a range of the unique number index: numbers from the
/// prefix up to the prefix followed by the highest character. SQLite cannot use an index for a LIKE
/// with a parameter, but it can for a range, also as one arm of an OR.
/// </summary>
public sealed record NumberPrefix(string From, string To)
{
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static NumberPrefix Of(string search)
    {
        var prefix = search.Trim().ToUpperInvariant();
        return new NumberPrefix(prefix, prefix + char.MaxValue);
    }

    /// <summary>
    /// A prefix of a NOCASE column (a name, an e-mail address), whose collation folds case itself: the text as
    /// typed, so letters outside ASCII, which NOCASE leaves alone, still match as written.
    /// </summary>
    public static NumberPrefix AsTyped(string search)
    {
        var prefix = search.Trim();
        return new NumberPrefix(prefix, prefix + char.MaxValue);
    }

    /// <summary>Rows whose number is the prefix itself: the whole number typed.</summary>
    public Expression<Func<T, bool>> Exactly<T>(Expression<Func<T, string?>> number) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(number.Body, Expression.Property(Expression.Constant(this), nameof(From))), number.Parameters);

    /// <summary>
    /// Rows whose number is in the range, or that match <paramref name="orElse"/>. Built as an expression
    /// tree: EF turns string.Compare into SQL's own (binary) comparison, so no .NET culture is involved.
    /// </summary>
    public Expression<Func<T, bool>> Matches<T>(Expression<Func<T, string?>> number, Expression<Func<T, bool>>? orElse = null)
    {
        var row = number.Parameters[0];
        var self = Expression.Constant(this);
        Expression Against(string bound) => Expression.Call(Compare, number.Body, Expression.Property(self, bound));
        Expression match = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Against(nameof(From)), Expression.Constant(0)),
            Expression.LessThan(Against(nameof(To)), Expression.Constant(0)));
        if (orElse is not null)
        {
            match = Expression.OrElse(match, ReplacingExpressionVisitor.Replace(orElse.Parameters[0], row, orElse.Body));
        }

        return Expression.Lambda<Func<T, bool>>(match, row);
    }
}
