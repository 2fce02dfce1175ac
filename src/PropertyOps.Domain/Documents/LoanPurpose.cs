namespace PropertyOps.Domain.Documents;

/// <summary>How a document is to be used.</summary>
public enum LoanPurpose
{
    /// <summary>Taken away and returned by a due date (借阅).</summary>
    Borrow = 1,

    /// <summary>Read in the archive room and handed straight back (查阅); documentary archives allow only this (D12).</summary>
    ReadOnSite = 2,
}
