using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// 客户月投诉统计表 — the complaint statistics of a period (C10): counts by class, category, department and channel; the
/// on-time rate of every deadline rule; the revisit handling rate and valid-complaint rate against the C13 targets; and
/// complaints per staff member with the yearly bottom ranking of C21. Reports merge: two months, or two estates.
/// </summary>
/// <remarks>
/// <para>Interpretations (C13, 002 篇4 二.1(4): 回访后对反馈的意见、要求、建议、投诉，及时逐条整理综合、研究、妥善解决…回访处理率达100%):
/// the revisit handling rate counts the issues raised in revisits and how many were resolved — every unsatisfied revisit
/// raises one (the complainant's dissatisfaction reopens the complaint), resolved once a later revisit finds the
/// complainant satisfied or the complaint is closed; a complaint closed satisfied at its first revisit raises none. Its
/// target is 100 %. (Issues raised in the periodic visits and forums are counted by <see cref="Domain.Accountability.DutyLog"/>.)
/// The valid-complaint rate is the number of reasonable complaints (any class but unreasonable) over the households
/// served; its target is below 1 %. Nothing is left out by default: a company may leave out incidents it does not count
/// as its fault (e.g. force majeure) by passing its own list — a company setting, not the regulation's. Complaints per
/// staff member count only valid ones (C21). Households are kept per estate: merging two months of one estate keeps its household count,
/// merging two estates adds them.</para>
/// </remarks>
public sealed class ComplaintReport : IEquatable<ComplaintReport>
{
    /// <summary>The C13 target for the revisit handling rate: 100 %.</summary>
    public const decimal RevisitHandlingTarget = 1m;

    /// <summary>The C13 target for the valid-complaint rate: below 1 % of households.</summary>
    public const decimal ValidComplaintCeiling = 0.01m;

    private ComplaintReport(
        int total,
        ImmutableSortedDictionary<ComplaintClass, int> byClass,
        ImmutableSortedDictionary<ComplaintCategory, int> byCategory,
        ImmutableSortedDictionary<string, int> byDepartment,
        ImmutableSortedDictionary<Channel, int> byChannel,
        ImmutableSortedDictionary<string, RuleTally> byRule,
        int needingRevisit,
        int revisited,
        int valid,
        ImmutableSortedDictionary<string, int> households,
        ImmutableSortedDictionary<string, int> byStaff)
    {
        Total = total;
        ByClass = byClass;
        ByCategory = byCategory;
        ByDepartment = byDepartment;
        ByChannel = byChannel;
        ByRule = byRule;
        RevisitIssues = needingRevisit;
        RevisitIssuesResolved = revisited;
        ValidComplaints = valid;
        Households = households;
        ByStaff = byStaff;
    }

    /// <summary>An empty report (the identity of <see cref="Merge"/>).</summary>
    public static ComplaintReport Empty { get; } = new(
        0,
        ImmutableSortedDictionary<ComplaintClass, int>.Empty,
        ImmutableSortedDictionary<ComplaintCategory, int>.Empty,
        ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableSortedDictionary<Channel, int>.Empty,
        ImmutableSortedDictionary.Create<string, RuleTally>(StringComparer.Ordinal),
        0,
        0,
        0,
        ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal));

    /// <summary>The number of complaints counted.</summary>
    public int Total { get; }

    /// <summary>Complaints by class (assessed, or implied by category).</summary>
    public ImmutableSortedDictionary<ComplaintClass, int> ByClass { get; }

    /// <summary>Complaints by C15/C16 category.</summary>
    public ImmutableSortedDictionary<ComplaintCategory, int> ByCategory { get; }

    /// <summary>Complaints by responsible department (<c>none</c> when not dispatched).</summary>
    public ImmutableSortedDictionary<string, int> ByDepartment { get; }

    /// <summary>Complaints by channel.</summary>
    public ImmutableSortedDictionary<Channel, int> ByChannel { get; }

    /// <summary>Deadline outcomes per rule id.</summary>
    public ImmutableSortedDictionary<string, RuleTally> ByRule { get; }

    /// <summary>The issues raised in revisits: one per unsatisfied revisit (C13).</summary>
    public int RevisitIssues { get; }

    /// <summary>Of those, the ones resolved: a later revisit found the complainant satisfied, or the complaint was closed.</summary>
    public int RevisitIssuesResolved { get; }

    /// <summary>Reasonable complaints (any class but unreasonable).</summary>
    public int ValidComplaints { get; }

    /// <summary>Households served, per estate.</summary>
    public ImmutableSortedDictionary<string, int> Households { get; }

    /// <summary>Complaints against each employee (C21).</summary>
    public ImmutableSortedDictionary<string, int> ByStaff { get; }

    /// <summary>The revisit handling rate, 0–1: issues raised in revisits that were resolved (C13 target 100 %); <see langword="null"/> when no revisit raised one.</summary>
    public decimal? RevisitHandlingRate => RevisitIssues == 0 ? null : (decimal)RevisitIssuesResolved / RevisitIssues;

    /// <summary>The valid-complaint rate: reasonable complaints over households served (C13 target below 1 %).</summary>
    public decimal? ValidComplaintRate => Households.Values.Sum() is var households and > 0 ? (decimal)ValidComplaints / households : null;

    /// <summary>Whether the revisit handling rate meets the C13 target (100 %, or no issue raised).</summary>
    public bool MeetsRevisitTarget => RevisitHandlingRate is null or RevisitHandlingTarget;

    /// <summary>Whether the valid-complaint rate is below the C13 ceiling of 1 %.</summary>
    public bool MeetsValidComplaintTarget => ValidComplaintRate is { } rate && rate < ValidComplaintCeiling;

    /// <summary>
    /// Builds the report of the complaints received in <paramref name="period"/>, with their deadlines evaluated at
    /// <paramref name="asOf"/>.
    /// </summary>
    /// <param name="complaints">The complaints' histories (any received outside the period are skipped).</param>
    /// <param name="period">The period, e.g. a month in the estate's zone.</param>
    /// <param name="estate">The estate's name or code.</param>
    /// <param name="households">The households the estate serves (at least 1).</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="asOf">When the statistics are drawn up (at or after the end of the period, usually).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A history is invalid (see <see cref="SlaEngine.Evaluate(IReadOnlyList{ComplaintEvent}, SlaPolicy, WorkingCalendar, Instant)"/>), or an argument is out of range.</exception>
    public static ComplaintReport Build(
        IEnumerable<IReadOnlyList<ComplaintEvent>> complaints,
        Interval period,
        string estate,
        int households,
        SlaPolicy policy,
        WorkingCalendar calendar,
        Instant asOf) =>
        Build(complaints, period, estate, households, policy, calendar, asOf, Presets.AccountabilityPresets.CustomerServiceRegulation.NotCompanyFault);

    /// <summary>The report of the complaints of one estate and period as <see cref="Build(IEnumerable{IReadOnlyList{ComplaintEvent}}, Interval, string, int, SlaPolicy, WorkingCalendar, Instant)"/> builds it, with the company's accountability policy (its list of incidents left out of the valid-complaint rate).</summary>
    /// <param name="complaints">The complaints' histories (any received outside the period are skipped).</param>
    /// <param name="period">The period.</param>
    /// <param name="estate">The estate's name or code.</param>
    /// <param name="households">The households the estate serves (at least 1).</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="asOf">When the statistics are drawn up.</param>
    /// <param name="accountability">The accountability policy (<see cref="Accountability.AccountabilityPolicy.NotCompanyFault"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A history is invalid, or an argument is out of range.</exception>
    public static ComplaintReport Build(
        IEnumerable<IReadOnlyList<ComplaintEvent>> complaints,
        Interval period,
        string estate,
        int households,
        SlaPolicy policy,
        WorkingCalendar calendar,
        Instant asOf,
        Accountability.AccountabilityPolicy accountability) =>
        Build(complaints, period, estate, households, policy, calendar, asOf, Guard.Against.Null(accountability).NotCompanyFault);

    /// <summary>Draws up the statistics as <see cref="Build(IEnumerable{IReadOnlyList{ComplaintEvent}}, Interval, string, int, SlaPolicy, WorkingCalendar, Instant)"/> does, with the company's own list of incidents that are not its fault.</summary>
    /// <param name="complaints">The complaints' histories (any received outside the period are skipped).</param>
    /// <param name="period">The period.</param>
    /// <param name="estate">The estate's name or code.</param>
    /// <param name="households">The households the estate serves (at least 1).</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="asOf">When the statistics are drawn up.</param>
    /// <param name="notCompanyFault">Categories left out of the valid-complaint rate (force majeure).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A history is invalid, or an argument is out of range.</exception>
    public static ComplaintReport Build(
        IEnumerable<IReadOnlyList<ComplaintEvent>> complaints,
        Interval period,
        string estate,
        int households,
        SlaPolicy policy,
        WorkingCalendar calendar,
        Instant asOf,
        IReadOnlySet<ComplaintCategory> notCompanyFault)
    {
        Guard.Against.Null(notCompanyFault);
        Guard.Against.Null(complaints);
        Guard.Against.NullOrWhiteSpace(estate);
        Guard.Against.OutOfRange(households, nameof(households), 1, 10_000_000);
        Guard.Against.Null(policy);
        Guard.Against.Null(calendar);
        var byClass = new SortedDictionary<ComplaintClass, int>();
        var byCategory = new SortedDictionary<ComplaintCategory, int>();
        var byDepartment = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byChannel = new SortedDictionary<Channel, int>();
        var byRule = policy.Rules.ToDictionary(r => r.Id.Value, _ => default(RuleTally), StringComparer.Ordinal);
        var byStaff = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int total = 0, needing = 0, revisited = 0, valid = 0;
        foreach (var events in complaints)
        {
            Guard.Against.Null(events, nameof(complaints));
            if (events.Count == 0 || !period.Contains(events[0].At))
            {
                continue;
            }

            var now = asOf < events[0].At ? events[0].At : asOf;
            var results = SlaEngine.Evaluate(events, policy, calendar, now);
            var state = Complaint.Replay(events.Where(e => e.At <= now).ToList());
            total++;
            Increment(byClass, state.EffectiveClass);
            Increment(byCategory, state.Category);
            Increment(byDepartment, state.Department?.ToString() ?? "none");
            Increment(byChannel, state.Channel);
            var reasonable = state.EffectiveClass != ComplaintClass.Unreasonable;
            if (state.AgainstEmployee is { } employee && reasonable)
            {
                Increment(byStaff, employee);
            }

            if (reasonable && !notCompanyFault.Contains(state.Category))
            {
                valid++;
            }

            var (raised, resolved) = RevisitIssuesOf(events, now);
            needing += raised;
            revisited += resolved;

            foreach (var result in results)
            {
                byRule[result.Rule.Value] = byRule[result.Rule.Value].Count(result.Status);
            }
        }

        return new ComplaintReport(
            total,
            byClass.ToImmutableSortedDictionary(),
            byCategory.ToImmutableSortedDictionary(),
            byDepartment.ToImmutableSortedDictionary(StringComparer.Ordinal),
            byChannel.ToImmutableSortedDictionary(),
            byRule.ToImmutableSortedDictionary(StringComparer.Ordinal),
            needing,
            revisited,
            valid,
            ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal).Add(estate.Trim(), households),
            byStaff.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>Combines two reports: counts add; an estate in both keeps the larger household count.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The combined report.</returns>
    public ComplaintReport Merge(ComplaintReport other)
    {
        Guard.Against.Null(other);
        return new ComplaintReport(
            Total + other.Total,
            Sum(ByClass, other.ByClass, (a, b) => a + b),
            Sum(ByCategory, other.ByCategory, (a, b) => a + b),
            Sum(ByDepartment, other.ByDepartment, (a, b) => a + b),
            Sum(ByChannel, other.ByChannel, (a, b) => a + b),
            Sum(ByRule, other.ByRule, (a, b) => a + b),
            RevisitIssues + other.RevisitIssues,
            RevisitIssuesResolved + other.RevisitIssuesResolved,
            ValidComplaints + other.ValidComplaints,
            Sum(Households, other.Households, Math.Max),
            Sum(ByStaff, other.ByStaff, (a, b) => a + b));
    }

    /// <summary>
    /// The staff with the most valid complaints against them — the candidates for bottom-rank elimination (末位淘汰, C21)
    /// when applied to a year's merged report (全年业主投诉最多的员工). Ties at the cut are all included; employees with no
    /// complaint are never listed. It is the ranking of <see cref="Accountability.YearlyAssessment"/> (one ranking, one
    /// place) with only the report's complaints to go on: the assessment adds findings, sanctions and quarterly reviews,
    /// which order employees with equal complaints and may add employees with none.
    /// </summary>
    /// <param name="count">How many to rank: 3 to 5, as the regulation names.</param>
    /// <returns>The ranking, most complaints first, then by employee id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    /// <remarks>Rule C21.</remarks>
    public ImmutableArray<StaffComplaintCount> BottomRanking(int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 3, 5);
        var entries = ByStaff.Select(p => new Accountability.StaffRanking.Entry(p.Key, p.Value, 0, 0, null));
        return [.. Accountability.StaffRanking.Rank(entries, count).Select(r => new StaffComplaintCount(r.Entry.EmployeeId, r.Entry.Complaints))];
    }

    /// <inheritdoc />
    public bool Equals(ComplaintReport? other) =>
        other is not null && Total == other.Total && RevisitIssues == other.RevisitIssues && RevisitIssuesResolved == other.RevisitIssuesResolved
        && ValidComplaints == other.ValidComplaints && ByClass.SequenceEqual(other.ByClass) && ByCategory.SequenceEqual(other.ByCategory)
        && ByDepartment.SequenceEqual(other.ByDepartment) && ByChannel.SequenceEqual(other.ByChannel) && ByRule.SequenceEqual(other.ByRule)
        && Households.SequenceEqual(other.Households) && ByStaff.SequenceEqual(other.ByStaff);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComplaintReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Total, RevisitIssues, RevisitIssuesResolved, ValidComplaints);

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Total} complaints; revisit handling {Percent(RevisitHandlingRate)}; valid-complaint rate {Percent(ValidComplaintRate)} of {Households.Values.Sum()} households";

    private static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " %" : "n/a";

    // Every unsatisfied revisit raises an issue; the issues are resolved once a later revisit is satisfied or the complaint closes.
    private static (int Raised, int Resolved) RevisitIssuesOf(IReadOnlyList<ComplaintEvent> events, Instant now)
    {
        var raised = 0;
        var settled = false;
        foreach (var e in events)
        {
            if (e.At > now)
            {
                break;
            }

            if (e is ComplainantRevisited revisit)
            {
                raised += revisit.Satisfied ? 0 : 1;
                settled = revisit.Satisfied;
            }
            else if (e.Kind is ComplaintEventKind.Closed or ComplaintEventKind.ClosedByDirectorDecision)
            {
                settled = true;
            }
        }

        return (raised, settled ? raised : 0);
    }

    private static void Increment<TKey>(SortedDictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    private static ImmutableSortedDictionary<TKey, TValue> Sum<TKey, TValue>(
        ImmutableSortedDictionary<TKey, TValue> left, ImmutableSortedDictionary<TKey, TValue> right, Func<TValue, TValue, TValue> add)
        where TKey : notnull
    {
        var builder = left.ToBuilder();
        foreach (var (key, value) in right)
        {
            builder[key] = builder.TryGetValue(key, out var existing) ? add(existing, value) : value;
        }

        return builder.ToImmutable();
    }
}
