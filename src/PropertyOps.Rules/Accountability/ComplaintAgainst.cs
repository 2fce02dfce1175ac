using System;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Accountability;

/// <summary>A complaint about an employee, as the yearly assessment counts it (C21): who, its class, when received.</summary>
/// <param name="EmployeeId">The employee the complaint is about.</param>
/// <param name="Class">Its class (unreasonable complaints are not counted against anyone).</param>
/// <param name="ReceivedAt">When it was received.</param>
public readonly record struct ComplaintAgainst(string EmployeeId, ComplaintClass Class, Instant ReceivedAt)
{
    /// <summary>The complaint a state is about, if it names an employee.</summary>
    /// <param name="state">The complaint's state.</param>
    /// <returns>The complaint against the employee, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static ComplaintAgainst? From(ComplaintState state)
    {
        Guard.Against.Null(state);
        return state.AgainstEmployee is { } employee ? new ComplaintAgainst(employee, state.EffectiveClass, state.ReceivedAt) : null;
    }
}
