using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// 全年综合评定 — the yearly assessment that names the bottom 3–5 employees as candidates for elimination (末位淘汰, C21;
/// 001 §3.2): it combines the four quarterly reviews (员工季度考核表) with the criteria of the clause — most valid complaints
/// from owners (unreasonable ones excluded), worst performance, serious violations.
/// </summary>
/// <remarks>
/// <para>Score (interpretation, documented; higher is worse): 1 point per valid complaint, 10 × the average quarterly
/// standing (0 best, 1 worst; an employee not reviewed counts as the middle, 0.5), 2 points per finding and 3 points per
/// standing sanction of the year. Employees are those reviewed in the year or on the ledger's roster. Candidates are the
/// <see cref="AccountabilityPolicy.RankingSize"/> highest scores; everyone tied with the last of them is listed too and
/// marked, never cut silently. The result does not depend on the order of the inputs.</para>
/// </remarks>
public static class YearlyAssessment
{
    /// <summary>Names the candidates for bottom-rank elimination in <paramref name="year"/>.</summary>
    /// <param name="year">The year (calendar year in <paramref name="zone"/>).</param>
    /// <param name="reviews">Quarterly reviews (other years are ignored).</param>
    /// <param name="complaints">Complaints about employees.</param>
    /// <param name="findings">Accountability findings.</param>
    /// <param name="ledger">The staff ledger (roster and sanctions).</param>
    /// <param name="policy">The policy (its ranking size, 3–5).</param>
    /// <param name="zone">The company's time zone.</param>
    /// <returns>The candidates, worst first.</returns>
    /// <exception cref="ArgumentException">An argument is null, the year is outside 1900–2149, or the policy's ranking size is outside 3–5.</exception>
    /// <remarks>Rule C21.</remarks>
    public static ImmutableArray<BottomCandidate> BottomCandidates(
        int year,
        IEnumerable<QuarterlyReview> reviews,
        IEnumerable<ComplaintAgainst> complaints,
        IEnumerable<Finding> findings,
        LedgerState ledger,
        AccountabilityPolicy policy,
        DateTimeZone zone)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2149);
        Guard.Against.Null(reviews);
        Guard.Against.Null(complaints);
        Guard.Against.Null(findings);
        Guard.Against.Null(ledger);
        Guard.Against.Null(policy);
        Guard.Against.Null(zone);
        if (policy.RankingSize is < 3 or > 5)
        {
            throw new ArgumentException($"The bottom ranking names 3 to 5 employees (C21); {policy.RankingSize} is outside that.", nameof(policy));
        }

        var start = zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant();
        var end = zone.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant();
        var stats = new Dictionary<string, Stats>(StringComparer.Ordinal);
        Stats Of(string id) => stats.TryGetValue(id, out var s) ? s : stats[id] = new Stats();

        foreach (var review in reviews)
        {
            if (review.Quarter.Year == year)
            {
                var s = Of(review.EmployeeId);
                s.StandingSum += review.Standing;
                s.Reviews++;
            }
        }

        foreach (var id in ledger.Employees.Keys)
        {
            Of(id);
        }

        foreach (var c in complaints)
        {
            if (c.Class != ComplaintClass.Unreasonable && c.ReceivedAt >= start && c.ReceivedAt < end && stats.TryGetValue(c.EmployeeId, out var s))
            {
                s.Complaints++;
            }
        }

        foreach (var f in findings)
        {
            if (f.EmployeeId is { } id && f.DueAt is { } due && due >= start && due < end && stats.TryGetValue(id, out var s))
            {
                s.Findings++;
            }
        }

        foreach (var record in ledger.Records)
        {
            if (record is SanctionRecorded sanction && !ledger.Revoked.Contains(sanction.RecordId) && sanction.At >= start && sanction.At < end
                && stats.TryGetValue(sanction.EmployeeId, out var s))
            {
                s.Sanctions++;
            }
        }

        var ranked = stats.Select(p => (Id: p.Key, Stats: p.Value, Score: p.Value.Score))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Id, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var size = Math.Min(policy.RankingSize, ranked.Count);
        var cut = ranked[size - 1].Score;
        var tieCrossesCut = ranked.Count > size && ranked[size].Score == cut;
        var result = ImmutableArray.CreateBuilder<BottomCandidate>();
        for (var i = 0; i < ranked.Count && (i < size || ranked[i].Score == cut); i++)
        {
            var (id, s, score) = ranked[i];
            result.Add(new BottomCandidate(id, i + 1, score, s.Complaints, s.AverageStanding, s.Findings + s.Sanctions, tieCrossesCut && score == cut, Reasons(s)));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> Reasons(Stats s)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (s.Complaints > 0)
        {
            reasons.Add($"有效投诉 {s.Complaints} 次 / {s.Complaints} valid complaint(s) from owners");
        }

        reasons.Add($"季度考核平均排名 {Pct(s.AverageStanding)}（0 最好）/ average quarterly standing {Pct(s.AverageStanding)} (0 is best){(s.Reviews == 0 ? "; not reviewed" : string.Empty)}");
        if (s.Findings > 0)
        {
            reasons.Add($"追究 {s.Findings} 项 / {s.Findings} accountability finding(s)");
        }

        if (s.Sanctions > 0)
        {
            reasons.Add($"处分 {s.Sanctions} 次 / {s.Sanctions} sanction(s)");
        }

        return reasons.ToImmutable();
    }

    private static string Pct(decimal value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private sealed class Stats
    {
        public decimal StandingSum;
        public int Reviews;
        public int Complaints;
        public int Findings;
        public int Sanctions;

        public decimal AverageStanding => Reviews == 0 ? 0.5m : Math.Round(StandingSum / Reviews, 6);

        public decimal Score => Complaints + (10 * AverageStanding) + (2 * Findings) + (3 * Sanctions);
    }
}
