using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace BookingOps.Domain.Common;

/// <summary>
/// Rules written once as lambdas and used inside queries. SQL cannot run a compiled rule, but it runs the rule's
/// body put where the call would be; these put it there.
/// </summary>
public static class QueryRules
{
    /// <summary><paramref name="rule"/> applied to what <paramref name="first"/> and <paramref name="second"/> read from a row, as one lambda over the row.</summary>
    public static Expression<Func<TRow, TResult>> Over<TRow, TFirst, TSecond, TResult>(
        Expression<Func<TFirst, TSecond, TResult>> rule, Expression<Func<TRow, TFirst>> first, Expression<Func<TRow, TSecond>> second)
    {
        var row = first.Parameters[0];
        var body = ReplacingExpressionVisitor.Replace(rule.Parameters[0], first.Body, rule.Body);
        body = ReplacingExpressionVisitor.Replace(rule.Parameters[1], ReplacingExpressionVisitor.Replace(second.Parameters[0], row, second.Body), body);
        return Expression.Lambda<Func<TRow, TResult>>(body, row);
    }
}
