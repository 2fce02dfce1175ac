using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Internal;

/// <summary>
/// Guard clauses of our own, in Ardalis' form (extensions of <see cref="IGuardClause"/>), for checks on hot paths:
/// Ardalis' <c>EnumOutOfRange</c> and <c>Negative</c> box their argument on every call (24 bytes; measured), which a
/// ballot, a tally or a due-index update must not pay.
/// </summary>
internal static class GuardClauseExtensions
{
    /// <summary>Throws <see cref="InvalidEnumArgumentException"/> (as Ardalis' <c>EnumOutOfRange</c>) unless the value is a declared member; allocates nothing when it is.</summary>
    public static T Undefined<T>(this IGuardClause guardClause, T input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, Enum =>
        Enum.IsDefined(input) ? input : throw new InvalidEnumArgumentException(parameterName, Convert.ToInt32(input, System.Globalization.CultureInfo.InvariantCulture), typeof(T));
}
