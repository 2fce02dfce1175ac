namespace PropertyOps.Domain.Complaints;

/// <summary>Where a complaint stands in its lifecycle.</summary>
public enum ComplaintStatus
{
    /// <summary>Nothing recorded yet.</summary>
    None = 0,

    /// <summary>Received by an employee, the first contact (C1, C9).</summary>
    Received = 1,

    /// <summary>Passed to the customer-centre front desk (C2).</summary>
    RegisteredAtFrontDesk = 2,

    /// <summary>Classed, with a handling deadline (C3, C14).</summary>
    Assessed = 3,

    /// <summary>Dispatched to the responsible department (C3).</summary>
    Dispatched = 4,

    /// <summary>The department said it cannot finish on time and promised a new time (C5).</summary>
    DelayReported = 5,

    /// <summary>The department resolved it.</summary>
    Resolved = 6,

    /// <summary>The department fed the result back to the front desk (C6).</summary>
    FeedbackGiven = 7,

    /// <summary>The result was verified (C8; optional for general complaints).</summary>
    Verified = 8,

    /// <summary>The complainant was revisited and is satisfied (C6, C13).</summary>
    Revisited = 9,

    /// <summary>The revisit found the complainant unsatisfied; the complaint goes back to dispatch.</summary>
    Reopened = 10,

    /// <summary>An unreasonable complaint was explained to the complainant (C4).</summary>
    Explained = 11,

    /// <summary>The complainant accepted the explanation (C4).</summary>
    ExplanationAccepted = 12,

    /// <summary>The complainant was not persuaded (C4).</summary>
    NotPersuaded = 13,

    /// <summary>The department head coordinated a solution (C4).</summary>
    CoordinatedByDepartmentHead = 14,

    /// <summary>Closed, the record confirmed by the complainant (C14).</summary>
    Closed = 15,
}
