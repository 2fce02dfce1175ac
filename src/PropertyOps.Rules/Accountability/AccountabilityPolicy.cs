using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// How a company holds its staff to account (C9, C11, C13, C21): who owns each timed duty, how long a first contact and a
/// head have to act, the sanction ladder, the incidents that are not the company's fault, and the size of the yearly
/// bottom ranking. Immutable; start from <see cref="Presets.AccountabilityPresets.CustomerServiceRegulation"/>.
/// </summary>
public sealed record AccountabilityPolicy
{
    /// <summary>Who owns each timed duty, by deadline rule id (e.g. <c>C6.revisit</c> → front desk).</summary>
    public required ImmutableDictionary<string, DutyOwner> Owners { get; init; }

    /// <summary>How long the first contact has to take the matter on or redirect it (C9). A company setting (24 hours by default): the text says 一经发现即给予处理.</summary>
    public Duration FirstContactWithin { get; init; } = Duration.FromHours(24);

    /// <summary>How long a head has to act on a finding against their staff before it is a finding against them too. A company setting (30 days by default).</summary>
    public Duration HeadActsWithin { get; init; } = Duration.FromDays(30);

    /// <summary>The window in which findings count towards the ladder (default: a quarter, 92 days).</summary>
    public Duration LadderWindow { get; init; } = Duration.FromDays(92);

    /// <summary>The ladder, fewest findings first; sanctions do not decrease up the ladder. A company setting (3/5/8/12/16 by default); it only suggests.</summary>
    public required ImmutableArray<SanctionStep> Ladder { get; init; }

    /// <summary>Complaint categories a company does not count as its fault (e.g. force majeure), left out of the valid-complaint rate (C13). A company setting: none by default.</summary>
    public required ImmutableHashSet<ComplaintCategory> NotCompanyFault { get; init; }

    /// <summary>How many employees the yearly bottom ranking names (C21: 3 to 5).</summary>
    public int RankingSize { get; init; } = 3;

    /// <summary>Checks the policy.</summary>
    /// <exception cref="ArgumentException">A field is missing or out of range; the message names it.</exception>
    public void Validate()
    {
        if (Owners is null || Owners.Values.Any(o => !Enum.IsDefined(o)))
        {
            throw new ArgumentException("Every duty owner must be a defined owner.", nameof(Owners));
        }

        if (FirstContactWithin <= Duration.Zero || HeadActsWithin <= Duration.Zero || LadderWindow <= Duration.Zero)
        {
            throw new ArgumentException("The first-contact, head and ladder windows must be positive.", nameof(LadderWindow));
        }

        if (Ladder.IsDefaultOrEmpty || Ladder.Any(s => s is null || s.Findings < 1 || !Enum.IsDefined(s.Sanction))
            || Ladder.Zip(Ladder.Skip(1)).Any(p => p.Second.Findings <= p.First.Findings || p.Second.Sanction < p.First.Sanction))
        {
            throw new ArgumentException("The ladder needs rungs with rising finding counts and sanctions that never get milder.", nameof(Ladder));
        }

        if (NotCompanyFault is null || NotCompanyFault.Any(c => !Enum.IsDefined(c)))
        {
            throw new ArgumentException("The not-the-company's-fault categories must be defined categories.", nameof(NotCompanyFault));
        }

        if (RankingSize is < 3 or > 5)
        {
            throw new ArgumentException($"The bottom ranking names 3 to 5 employees (C21); {RankingSize} is outside that.", nameof(RankingSize));
        }
    }
}
