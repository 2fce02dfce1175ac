using NodaTime;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// What one handling cycle recorded that its deadlines depend on, as <see cref="ComplaintFacts"/> folds them: the class and
/// handling deadline assessed (carried into the next cycle until a re-assessment), the promise a delay report made in time
/// (C5), when the cycle's handling was resolved, and the first department it named.
/// </summary>
public struct CycleFacts
{
    internal ComplaintClass AssessedClass; // 0 until assessed
    internal Instant Deadline;
    internal Instant PromisedAt;
    internal Instant ResolvedInstant;
    internal DepartmentKind FirstDepartment; // 0 until a department is named
    internal bool HasDeadline;
    internal bool HasPromise;
    internal bool IsResolved;

    /// <summary>The class assessed for this cycle (or carried from the previous one); null until assessed.</summary>
    public readonly ComplaintClass? Class => AssessedClass == 0 ? null : AssessedClass;

    /// <summary>The handling deadline assessed for this cycle (or carried from the previous one); null until assessed.</summary>
    public readonly Instant? HandlingDeadline => HasDeadline ? Deadline : null;

    /// <summary>
    /// The completion time promised by a delay report made at or before the cycle's deadline (C5: at the instant itself is
    /// on time) and before the handling was resolved; a later report cannot undo a breach. Null when none; a re-assessment
    /// clears it.
    /// </summary>
    public readonly Instant? Promised => HasPromise ? PromisedAt : null;

    /// <summary>The deadline the cycle's handling is held to: the promise if one was made in time, else the handling deadline.</summary>
    public readonly Instant? HandlingDue => HasPromise ? PromisedAt : HasDeadline ? Deadline : null;

    /// <summary>When the cycle's handling was first recorded resolved; null until then.</summary>
    public readonly Instant? ResolvedAt => IsResolved ? ResolvedInstant : null;

    /// <summary>The first department the cycle dispatched to or notified; null until one is named.</summary>
    public readonly DepartmentKind? Department => FirstDepartment == 0 ? null : FirstDepartment;
}
