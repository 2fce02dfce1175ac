
namespace PropertyOps.Rules.Retention;

/// <summary>Where a record stands on a day (D11).</summary>
public enum DispositionStatus
{
    /// <summary>Its retention period has ended and no hold covers it: it may be destroyed (with the approvals and two people of D10).</summary>
    Due = 1,

    /// <summary>Its retention period has not ended.</summary>
    NotYetDue = 2,

    /// <summary>It is kept permanently (长期).</summary>
    Permanent = 3,

    /// <summary>A legal hold covers it.</summary>
    Held = 4,

    /// <summary>The schedule cannot judge it: its record type is not in the schedule, or the day its period runs from is not known.</summary>
    NeedsReview = 5,
}
