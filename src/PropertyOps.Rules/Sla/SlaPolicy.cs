using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Calendars;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// An immutable, named set of <see cref="DeadlineRule"/>s. Start from <see cref="Presets.SlaPresets.CustomerServiceRegulation"/>
/// and override single rules with <see cref="With(string, Allowance)"/>; share one instance across the application.
/// </summary>
/// <example>
/// <code>
/// var policy = SlaPresets.CustomerServiceRegulation.With("C3.dispatch", Allowance.Elapsed(Duration.FromHours(8)));
/// </code>
/// </example>
public sealed class SlaPolicy
{
    private readonly Dictionary<string, int> _index;

    private SlaPolicy(string name, ImmutableArray<DeadlineRule> rules)
    {
        Name = name;
        Rules = rules;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            _index[rules[i].Id.Value] = i;
        }

        Compiled = rules.Select(r => new CompiledRule(r)).ToArray();
        EveryCycleRules = [.. Enumerable.Range(0, rules.Length).Where(i => rules[i].EveryCycle)];
        RulesByKind = new int[64][];
        for (var kind = 0; kind < 64; kind++)
        {
            var bit = 1UL << kind;
            RulesByKind[kind] = [.. Enumerable.Range(0, rules.Length).Where(i => ((Compiled[i].StartMask | Compiled[i].StopMask) & bit) != 0)];
        }
    }

    /// <summary>For each event kind, the positions of the rules it starts or stops: an event touches only these.</summary>
    internal int[][] RulesByKind { get; }

    /// <summary>The positions of the rules timed in every handling cycle.</summary>
    internal int[] EveryCycleRules { get; }

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The rules, in the order they were given.</summary>
    public ImmutableArray<DeadlineRule> Rules { get; }

    internal CompiledRule[] Compiled { get; }

    /// <summary>The rule with <paramref name="id"/>.</summary>
    /// <param name="id">The rule id, e.g. <c>C6.revisit</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public DeadlineRule this[string id] => Rules[IndexOf(id)];

    /// <summary>Builds a policy, checking every rule.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A rule is invalid or two rules share an id; the message names the rule id.</exception>
    public static SlaPolicy Create(string name, IEnumerable<DeadlineRule> rules)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(rules);
        var list = rules.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in list)
        {
            Guard.Against.Null(rule, nameof(rules));
            rule.Validate();
            if (!seen.Add(rule.Id.Value))
            {
                throw new ArgumentException($"The policy '{PropertyOps.Domain.Common.Redaction.Excerpt(name)}' has two rules with the id {rule.Id}.", nameof(rules));
            }
        }

        if (list.Length > 64)
        {
            throw new ArgumentException("A policy holds at most 64 rules.", nameof(rules));
        }

        return new SlaPolicy(name.Trim(), list);
    }

    /// <summary>The position of the rule with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    internal int IndexOf(string id) =>
        _index.TryGetValue(Guard.Against.Null(id), out var i) ? i : throw new KeyNotFoundException($"The policy '{PropertyOps.Domain.Common.Redaction.Excerpt(Name)}' has no rule {id}.");

    /// <summary>Whether the policy has a rule with <paramref name="id"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool Contains(string id) => _index.ContainsKey(Guard.Against.Null(id));

    /// <summary>A copy with one rule's allowance replaced; every other rule is untouched.</summary>
    /// <param name="id">The rule id, e.g. <c>C3.dispatch</c>.</param>
    /// <param name="allowance">The new allowance.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    /// <exception cref="ArgumentException">The allowance is not set.</exception>
    public SlaPolicy With(string id, Allowance allowance) => With(this[id] with { Allowance = allowance, Basis = DueBasis.Allowance });

    /// <summary>A copy with <paramref name="rule"/> replacing the rule with the same id, or added if there is none.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public SlaPolicy With(DeadlineRule rule)
    {
        Guard.Against.Null(rule);
        var rules = _index.TryGetValue(rule.Id.Value ?? string.Empty, out var i) ? Rules.SetItem(i, rule) : Rules.Add(rule);
        return Create(Name, rules);
    }

    /// <summary>A copy without the rule with <paramref name="id"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public SlaPolicy Without(string id) => Create(Name, Rules.Remove(this[id]));

    /// <summary>A copy with another name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The new policy.</returns>
    public SlaPolicy WithName(string name) => Create(name, Rules);

    /// <summary>The name and rule count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Rules.Length} rules)";
}
