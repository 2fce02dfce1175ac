namespace PropertyOps.Domain.Documents;

/// <summary>The state a loaned document comes back in (D6).</summary>
public enum ReturnCondition
{
    /// <summary>完好 — intact.</summary>
    Intact = 1,

    /// <summary>受损 — damaged; the borrower states the cause.</summary>
    Damaged = 2,
}
