
namespace PropertyOps.Rules.Retention;

/// <summary>What the lending policy says about a request.</summary>
public enum LendingOutcome
{
    /// <summary>The document may be lent (or read) now.</summary>
    Allowed = 1,

    /// <summary>It may be lent once the named role approves.</summary>
    NeedsApproval = 2,

    /// <summary>It may not be lent to this requester at all.</summary>
    Refused = 3,
}
