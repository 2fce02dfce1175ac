using NodaTime;

namespace PropertyOps.Domain.Documents;

/// <summary>A loan in the borrowing register and, once back, its return.</summary>
/// <param name="Grant">The loan.</param>
/// <param name="Return">Its return, or <see langword="null"/> while out.</param>
public sealed record LoanRecord(LoanGranted Grant, LoanReturned? Return)
{
    /// <summary>Whether it is still out.</summary>
    public bool IsOpen => Return is null;

    /// <summary>Whether it is out past its due day.</summary>
    /// <param name="today">Today in the estate's zone.</param>
    /// <returns><see langword="true"/> when still out after the due day.</returns>
    public bool IsOverdue(LocalDate today) => IsOpen && today > Grant.DueOn;
}
