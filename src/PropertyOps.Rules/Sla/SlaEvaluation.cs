using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// The deadlines of one complaint at one instant. As a list: cycle 1's result for every rule of the policy, in policy
/// order, then, for each later handling cycle (a complaint reopened by an unsatisfied revisit), the results of the rules
/// timed in every cycle (<see cref="DeadlineRule.EveryCycle"/>). By rule id: the latest cycle in which the rule's clock
/// started. Immutable; results are materialised as they are read.
/// </summary>
public sealed class SlaEvaluation : IReadOnlyList<DeadlineResult>
{
    private readonly SlaPolicy _policy;
    private readonly CoreResult[] _results;
    private readonly WorkingCalendar _calendar;
    private readonly IReadOnlyList<ComplaintEvent> _events;
    private readonly int _eventCount;

    internal SlaEvaluation(SlaPolicy policy, WorkingCalendar calendar, IReadOnlyList<ComplaintEvent> events, Instant now, CoreResult[] results, int cycles)
    {
        _policy = policy;
        _calendar = calendar;
        _events = events;
        _eventCount = events.Count;
        Now = now;
        _results = results;
        Cycles = cycles;
    }

    /// <summary>The instant evaluated at.</summary>
    public Instant Now { get; }

    /// <summary>
    /// The earliest due instant among the pending, unpaused deadlines — when the evaluation next changes — as
    /// <see cref="SlaEngine.NextDue"/> gives it for the same history and instant, without evaluating again.
    /// </summary>
    public Instant? NextDue => SlaEngine.EarliestPending(_results);

    /// <summary>How many handling cycles the complaint has had by <see cref="Now"/> (1 unless it was reopened).</summary>
    public int Cycles { get; }

    /// <summary>The number of results: every rule in cycle 1, and the every-cycle rules in each later cycle.</summary>
    public int Count => _policy.Compiled.Length + ((Cycles - 1) * _policy.EveryCycleRules.Length);

    /// <summary>The result at <paramref name="index"/> (see the class remarks for the order).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The result.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> − 1.</exception>
    public DeadlineResult this[int index]
    {
        get
        {
            Guard.Against.OutOfRange(index, nameof(index), 0, Count - 1);
            var n = _policy.Compiled.Length;
            if (index < n)
            {
                return At(0, index);
            }

            var later = index - n;
            var perCycle = _policy.EveryCycleRules.Length;
            return At(1 + (later / perCycle), _policy.EveryCycleRules[later % perCycle]);
        }
    }

    /// <summary>The result of the rule with <paramref name="ruleId"/> in the latest cycle in which its clock started (cycle 1 if it never did).</summary>
    /// <param name="ruleId">The rule id, e.g. <c>C6.revisit</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public DeadlineResult this[string ruleId]
    {
        get
        {
            var r = _policy.IndexOf(ruleId);
            if (_policy.Compiled[r].EveryCycle)
            {
                for (var c = Cycles - 1; c > 0; c--)
                {
                    if (_results[(c * _policy.Compiled.Length) + r].StartKind != 0)
                    {
                        return At(c, r);
                    }
                }
            }

            return At(0, r);
        }
    }

    /// <summary>The result of the rule with <paramref name="ruleId"/> in handling cycle <paramref name="cycle"/>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="cycle">The cycle, from 1 to <see cref="Cycles"/>.</param>
    /// <returns>The result; for a rule timed once per complaint, its only result, whatever the cycle.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="cycle"/> is outside 1 to <see cref="Cycles"/>.</exception>
    public DeadlineResult this[string ruleId, int cycle]
    {
        get
        {
            Guard.Against.OutOfRange(cycle, nameof(cycle), 1, Cycles);
            var r = _policy.IndexOf(ruleId);
            return At(_policy.Compiled[r].EveryCycle ? cycle - 1 : 0, r);
        }
    }

    /// <summary>
    /// Explains the result of a rule (its latest cycle, as <see cref="this[string]"/> gives it) in Chinese and English, with
    /// the policy, calendar and history it was evaluated with (see <see cref="SlaEngine.Explain(DeadlineResult, IReadOnlyList{ComplaintEvent}, SlaPolicy, WorkingCalendar)"/>).
    /// </summary>
    /// <param name="ruleId">The rule id, e.g. <c>C6.revisit</c>.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public Explanation Explain(string ruleId) => Explain(this[ruleId]);

    /// <summary>Explains the result of a rule in handling cycle <paramref name="cycle"/> (第2次处理 for the second).</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="cycle">The cycle, from 1 to <see cref="Cycles"/>.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="cycle"/> is outside 1 to <see cref="Cycles"/>.</exception>
    public Explanation Explain(string ruleId, int cycle) => Explain(this[ruleId, cycle]);

    /// <summary>Enumerates the results (see the class remarks for the order).</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<DeadlineResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The history as it was evaluated (a list the caller appended to since is read only up to its length then).
    private Explanation Explain(DeadlineResult result) =>
        DeadlineExplainer.Explain(result, _policy[result.Rule.Value], _calendar, _events.Count == _eventCount ? _events : _events.Take(_eventCount).ToList());

    private DeadlineResult At(int cycle, int rule)
    {
        var compiled = _policy.Compiled[rule].Rule;
        return new DeadlineResult(compiled.Id, compiled.EscalateTo, Now, ref _results[(cycle * _policy.Compiled.Length) + rule]);
    }
}
