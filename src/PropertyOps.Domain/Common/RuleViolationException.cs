using System;

namespace PropertyOps.Domain.Common;

/// <summary>Thrown by the convenience methods that apply a decision when the business rules refuse it.</summary>
public sealed class RuleViolationException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="violation"/>.</summary>
    /// <param name="violation">The refusal.</param>
    public RuleViolationException(RuleViolation violation)
        : base(violation?.ToString())
    {
        Violation = violation!;
    }

    /// <summary>The refusal, with its rule id.</summary>
    public RuleViolation Violation { get; }
}
