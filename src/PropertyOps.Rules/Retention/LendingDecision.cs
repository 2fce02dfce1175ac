using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Retention;

/// <summary>The answer to "may this person borrow this file?" with the rule behind it.</summary>
/// <param name="Outcome">Allowed, needs approval, or refused.</param>
/// <param name="Rule">The rule (D7, D12).</param>
/// <param name="Reason">Why, in Chinese and English.</param>
/// <param name="Approver">For <see cref="LendingOutcome.NeedsApproval"/>: whose approval is missing.</param>
public sealed record LendingDecision(LendingOutcome Outcome, RuleId Rule, string Reason, ActorRole? Approver = null)
{
    /// <summary>Whether the loan may go ahead.</summary>
    public bool IsAllowed => Outcome == LendingOutcome.Allowed;

    /// <summary>E.g. <c>NeedsApproval(GeneralManager) D7: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Outcome}{(Approver is { } a ? $"({a})" : string.Empty)} {Rule}: {Reason}";
}
