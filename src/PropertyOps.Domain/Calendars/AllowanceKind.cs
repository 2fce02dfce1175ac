namespace PropertyOps.Domain.Calendars;

/// <summary>How an <see cref="Allowance"/> is measured (docs/time-and-deadlines.md).</summary>
public enum AllowanceKind
{
    /// <summary>Not set (the default value of <see cref="Allowance"/>); refused by every operation.</summary>
    None = 0,

    /// <summary>Elapsed time: due = start + duration; the calendar is ignored (the service centre runs 24 hours).</summary>
    Elapsed = 1,

    /// <summary>Working time: only time inside working spans counts.</summary>
    WorkingTime = 2,

    /// <summary>Working days: close of business of the N-th working day strictly after the start's date.</summary>
    WorkingDays = 3,

    /// <summary>End of the working day (当天下班之前, rule C18).</summary>
    EndOfWorkingDay = 4,
}
