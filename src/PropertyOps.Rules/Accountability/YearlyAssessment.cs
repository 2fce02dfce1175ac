using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// 全年综合评定 — the yearly assessment that names the bottom 3–5 employees as candidates for elimination (末位淘汰, C21;
/// 001 §3.2): the employees with the most valid owner complaints of the year head the list (末位淘汰的依据中明文规定，全年业主投诉
/// 最多的员工，为不胜任工作，淘汰出公司); the rest of the 3–5 follow from the year's complaints, findings and sanctions, and the
/// quarterly reviews (员工季度考核表) break ties.
/// </summary>
/// <remarks>
/// <para>One ranking, in one place, shared with <see cref="ComplaintReport.BottomRanking"/>: with no findings, sanctions or
/// reviews the two name the same employees in the same order. An employee with no complaint, finding or sanction is never
/// named, however they were reviewed; a quarterly review that was owed but not made is not scored against the employee
/// (nor as "middling"): the candidate lists it, and <see cref="MissingReviews"/> turns it into a finding against whoever
/// owed it — the head of the employee's department. The ranking size (3 by default, 3–5) is a company setting. The result
/// does not depend on the order of the inputs.</para>
/// </remarks>
public static class YearlyAssessment
{
    private static readonly RuleId C21 = RuleId.Parse("C21");

    /// <summary>Names the candidates for bottom-rank elimination in <paramref name="year"/>, assessed after the year's end.</summary>
    /// <param name="year">The year (calendar year in <paramref name="zone"/>).</param>
    /// <param name="reviews">Quarterly reviews (other years are ignored).</param>
    /// <param name="complaints">Complaints about employees.</param>
    /// <param name="findings">Accountability findings (those against an employee, due in the year, count).</param>
    /// <param name="ledger">The staff ledger (roster, enrolment and standing sanctions).</param>
    /// <param name="policy">The policy (its ranking size, 3–5).</param>
    /// <param name="zone">The company's time zone.</param>
    /// <returns>The candidates, worst first.</returns>
    /// <exception cref="ArgumentException">An argument is null, the year is outside 1900–2148, or the policy's ranking size is outside 3–5.</exception>
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
        Guard.Against.Null(complaints);
        var (start, end) = CheckYear(year, reviews, findings, ledger, policy, zone);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in complaints)
        {
            if (c.Class != ComplaintClass.Unreasonable && c.ReceivedAt >= start && c.ReceivedAt < end)
            {
                counts[c.EmployeeId] = counts.GetValueOrDefault(c.EmployeeId) + 1;
            }
        }

        return Rank(year, counts, reviews, findings, ledger, policy, zone, start, end);
    }

    /// <summary>
    /// Names the candidates as <see cref="BottomCandidates(int, IEnumerable{QuarterlyReview}, IEnumerable{ComplaintAgainst}, IEnumerable{Finding}, LedgerState, AccountabilityPolicy, DateTimeZone)"/>
    /// does, counting the complaints of the year's report (<see cref="ComplaintReport.ByStaff"/>, valid ones only): the
    /// report's own ranking and this one are the same ranking.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <param name="reviews">Quarterly reviews.</param>
    /// <param name="report">The year's complaint report (e.g. twelve monthly reports merged).</param>
    /// <param name="findings">Accountability findings.</param>
    /// <param name="ledger">The staff ledger.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="zone">The company's time zone.</param>
    /// <returns>The candidates, worst first.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
    /// <remarks>Rule C21.</remarks>
    public static ImmutableArray<BottomCandidate> BottomCandidates(
        int year,
        IEnumerable<QuarterlyReview> reviews,
        ComplaintReport report,
        IEnumerable<Finding> findings,
        LedgerState ledger,
        AccountabilityPolicy policy,
        DateTimeZone zone)
    {
        Guard.Against.Null(report);
        var (start, end) = CheckYear(year, reviews, findings, ledger, policy, zone);
        return Rank(year, report.ByStaff.ToDictionary(StringComparer.Ordinal), reviews, findings, ledger, policy, zone, start, end);
    }

    /// <summary>
    /// The quarterly reviews owed but not made by <paramref name="asOf"/>: for every employee on the roster, each quarter of
    /// <paramref name="year"/> that ended after they were enrolled and by <paramref name="asOf"/> (each quarter's review is
    /// due at its end: 每季度末…必须将每一位员工按表现优劣排序) without a review of them is a <see cref="FindingKind.ReviewMissing"/>
    /// finding against the head of their department (from <paramref name="heads"/>; by role and department when the head
    /// is not known or is the employee themselves).
    /// </summary>
    /// <param name="year">The year.</param>
    /// <param name="reviews">The reviews made.</param>
    /// <param name="ledger">The roster.</param>
    /// <param name="heads">Each department's head: department → employee id.</param>
    /// <param name="asOf">The instant to judge at.</param>
    /// <param name="zone">The company's time zone.</param>
    /// <returns>The findings, by employee then quarter.</returns>
    /// <exception cref="ArgumentException">An argument is null or the year is out of range.</exception>
    /// <remarks>Rule C21.</remarks>
    public static ImmutableArray<Finding> MissingReviews(int year, IEnumerable<QuarterlyReview> reviews, LedgerState ledger, IReadOnlyDictionary<string, string> heads, Instant asOf, DateTimeZone zone)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2148);
        Guard.Against.Null(reviews);
        Guard.Against.Null(ledger);
        Guard.Against.Null(heads);
        Guard.Against.Null(zone);
        var reviewed = Reviewed(year, reviews);
        var result = ImmutableArray.CreateBuilder<Finding>();
        foreach (var (employee, department) in ledger.Employees)
        {
            foreach (var quarter in Missing(year, employee, reviewed, ledger, zone, asOf))
            {
                var due = quarter.ToInterval(zone).End;
                var head = heads.TryGetValue(department, out var h) && h != employee ? h : null;
                result.Add(new Finding($"review:{employee}:{quarter}", FindingKind.ReviewMissing, C21, null, head, head is null && heads.ContainsKey(department) ? ActorRole.OfficeHead : ActorRole.DepartmentHead, department, due, asOf - due));
            }
        }

        return result.ToImmutable();
    }

    private static (Instant Start, Instant End) CheckYear(int year, IEnumerable<QuarterlyReview> reviews, IEnumerable<Finding> findings, LedgerState ledger, AccountabilityPolicy policy, DateTimeZone zone)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2148);
        Guard.Against.Null(reviews);
        Guard.Against.Null(findings);
        Guard.Against.Null(ledger);
        Guard.Against.Null(policy);
        Guard.Against.Null(zone);
        if (policy.RankingSize is < 3 or > 5)
        {
            throw new ArgumentException($"The bottom ranking names 3 to 5 employees (C21); {policy.RankingSize} is outside that.", nameof(policy));
        }

        return (zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant(), zone.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant());
    }

    private static ImmutableArray<BottomCandidate> Rank(
        int year,
        Dictionary<string, int> complaints,
        IEnumerable<QuarterlyReview> reviews,
        IEnumerable<Finding> findings,
        LedgerState ledger,
        AccountabilityPolicy policy,
        DateTimeZone zone,
        Instant start,
        Instant end)
    {
        var reviewed = Reviewed(year, reviews);
        var findingCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            Guard.Against.Null(f, nameof(findings));
            if (f.EmployeeId is { } id && f.DueAt is { } due && due >= start && due < end)
            {
                findingCounts[id] = findingCounts.GetValueOrDefault(id) + 1;
            }
        }

        var sanctionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in ledger.Records)
        {
            if (record is SanctionRecorded sanction && !ledger.Revoked.Contains(sanction.RecordId) && sanction.At >= start && sanction.At < end)
            {
                sanctionCounts[sanction.EmployeeId] = sanctionCounts.GetValueOrDefault(sanction.EmployeeId) + 1;
            }
        }

        var ids = complaints.Keys.Concat(findingCounts.Keys).Concat(sanctionCounts.Keys).Distinct(StringComparer.Ordinal);
        var entries = ids.Select(id => new StaffRanking.Entry(
            id,
            complaints.GetValueOrDefault(id),
            findingCounts.GetValueOrDefault(id),
            sanctionCounts.GetValueOrDefault(id),
            reviewed.TryGetValue(id, out var r) ? Math.Round(r.Values.Average(), 6) : null));
        var yearEnd = end;
        return [.. StaffRanking.Rank(entries, policy.RankingSize).Select(x =>
        {
            var missing = ledger.Employees.ContainsKey(x.Entry.EmployeeId) ? Missing(year, x.Entry.EmployeeId, reviewed, ledger, zone, yearEnd) : [];
            return new BottomCandidate(x.Entry.EmployeeId, x.Position, x.Entry.Complaints, x.Entry.Findings + x.Entry.Sanctions, x.Entry.AverageStanding, missing, x.TiedAtCut, Reasons(x.Entry, missing));
        })];
    }

    private static Dictionary<string, Dictionary<int, decimal>> Reviewed(int year, IEnumerable<QuarterlyReview> reviews)
    {
        // Employee → quarter → standing (a quarter reviewed twice keeps its worst standing).
        var reviewed = new Dictionary<string, Dictionary<int, decimal>>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            Guard.Against.Null(review, nameof(reviews));
            if (review.Quarter.Year == year)
            {
                var quarters = reviewed.TryGetValue(review.EmployeeId, out var q) ? q : reviewed[review.EmployeeId] = [];
                quarters[review.Quarter.Number] = Math.Max(quarters.GetValueOrDefault(review.Quarter.Number), review.Standing);
            }
        }

        return reviewed;
    }

    private static ImmutableArray<Quarter> Missing(int year, string employee, Dictionary<string, Dictionary<int, decimal>> reviewed, LedgerState ledger, DateTimeZone zone, Instant asOf)
    {
        var enrolled = ledger.EnrolledAt.TryGetValue(employee, out var at) ? at : Instant.MinValue;
        var missing = ImmutableArray.CreateBuilder<Quarter>();
        for (var n = 1; n <= 4; n++)
        {
            var quarter = new Quarter(year, n);
            var due = quarter.ToInterval(zone).End;
            if (due <= asOf && enrolled < due && !(reviewed.TryGetValue(employee, out var q) && q.ContainsKey(n)))
            {
                missing.Add(quarter);
            }
        }

        return missing.ToImmutable();
    }

    private static ImmutableArray<string> Reasons(StaffRanking.Entry e, ImmutableArray<Quarter> missing)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (e.Complaints > 0)
        {
            reasons.Add($"全年有效业主投诉 {e.Complaints} 次 / {e.Complaints} valid complaint(s) from owners in the year");
        }

        if (e.Findings > 0)
        {
            reasons.Add($"追究 {e.Findings} 项 / {e.Findings} accountability finding(s)");
        }

        if (e.Sanctions > 0)
        {
            reasons.Add($"处分 {e.Sanctions} 次 / {e.Sanctions} sanction(s)");
        }

        reasons.Add(e.AverageStanding is { } s
            ? $"季度考核平均排名 {Pct(s)}（0 最好）/ average quarterly standing {Pct(s)} (0 is best)"
            : "无季度考核 / not reviewed in the year");
        if (!missing.IsEmpty)
        {
            var quarters = string.Join(", ", missing);
            reasons.Add($"缺季度考核 {quarters}（责任在考核部门）/ reviews missing for {quarters} (owed by their department, not counted against them)");
        }

        return reasons.ToImmutable();
    }

    private static string Pct(decimal value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
