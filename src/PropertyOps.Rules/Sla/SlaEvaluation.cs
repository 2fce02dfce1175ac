using System.Collections;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// The deadlines of one complaint at one instant: one <see cref="DeadlineResult"/> per rule of the policy, in policy
/// order, also found by rule id. Immutable; results are materialised as they are read.
/// </summary>
public sealed class SlaEvaluation : IReadOnlyList<DeadlineResult>
{
    private readonly SlaPolicy _policy;
    private readonly CoreResult[] _results;

    internal SlaEvaluation(SlaPolicy policy, Instant now, CoreResult[] results)
    {
        _policy = policy;
        Now = now;
        _results = results;
    }

    /// <summary>The instant evaluated at.</summary>
    public Instant Now { get; }

    /// <summary>The number of rules (and results).</summary>
    public int Count => _results.Length;

    /// <summary>The result of the rule at <paramref name="index"/> in policy order.</summary>
    /// <param name="index">The rule's position.</param>
    /// <returns>The result.</returns>
    public DeadlineResult this[int index]
    {
        get
        {
            Guard.Against.OutOfRange(index, nameof(index), 0, _results.Length - 1);
            var rule = _policy.Compiled[index].Rule;
            return new DeadlineResult(rule.Id, rule.EscalateTo, Now, ref _results[index]);
        }
    }

    /// <summary>The result of the rule with <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>C6.revisit</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public DeadlineResult this[string ruleId] => this[_policy.IndexOf(ruleId)];

    /// <summary>Enumerates the results in policy order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<DeadlineResult> GetEnumerator()
    {
        for (var i = 0; i < _results.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
