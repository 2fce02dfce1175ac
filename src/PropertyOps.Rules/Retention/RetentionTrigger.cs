
namespace PropertyOps.Rules.Retention;

/// <summary>The event a retention period runs from (D11).</summary>
public enum RetentionTrigger
{
    /// <summary>The record's creation.</summary>
    Creation = 1,

    /// <summary>The last entry in the register (the register is closed).</summary>
    LastEntry = 2,

    /// <summary>The end of the contract.</summary>
    ContractEnd = 3,

    /// <summary>The document's voiding.</summary>
    Voiding = 4,
}
