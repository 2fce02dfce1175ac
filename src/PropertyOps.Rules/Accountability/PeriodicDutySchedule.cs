using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using PropertyOps.Domain.Accountability;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// The periodic duties of C13 (002 篇4 二) over a span of dates: for every duty and every period (quarter, half year or
/// year in the estate's zone) that overlaps the span, how many times it was held, when it is due (the end of the period)
/// and whether it is met, pending or overdue — explained in Chinese and English, like the SLA engine's explanations.
/// </summary>
public static class PeriodicDutySchedule
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    /// <summary>Evaluates the duties of a log for the periods overlapping [<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <param name="log">The duties and what was held.</param>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date (not before <paramref name="from"/>, at most 10 years later).</param>
    /// <param name="asOf">The instant to judge at.</param>
    /// <param name="zone">The estate's time zone.</param>
    /// <returns>One status per duty and period, by duty id then period.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the span is reversed or longer than 10 years.</exception>
    /// <remarks>Rule C13.</remarks>
    public static ImmutableArray<PeriodicDutyStatus> Evaluate(DutyLog log, LocalDate from, LocalDate to, Instant asOf, DateTimeZone zone)
    {
        Guard.Against.Null(log);
        Guard.Against.Null(zone);
        if (to < from || Period.Between(from, to, PeriodUnits.Years).Years >= 10)
        {
            throw new ArgumentException("The span must run forwards and cover at most 10 years.", nameof(to));
        }

        var result = ImmutableArray.CreateBuilder<PeriodicDutyStatus>();
        foreach (var duty in log.Duties.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var held = log.Held.Where(h => h.DutyId == duty.Id).Select(h => h.At.InZone(zone).Date).ToList();
            for (var start = PeriodStart(from, duty.Period); start <= to; start = Next(start, duty.Period))
            {
                var end = Next(start, duty.Period).PlusDays(-1);
                var due = zone.AtStartOfDay(end.PlusDays(1)).ToInstant();
                var count = held.Count(d => d >= start && d <= end);
                var state = count > (duty.MaxPerPeriod ?? int.MaxValue) ? PeriodicDutyState.MoreThanRequired
                    : count >= duty.MinPerPeriod ? PeriodicDutyState.Met
                    : asOf < due ? PeriodicDutyState.Pending
                    : PeriodicDutyState.Overdue;
                var times = duty.MaxPerPeriod is { } max && max != duty.MinPerPeriod ? $"{duty.MinPerPeriod}–{max}" : $"{duty.MinPerPeriod}";
                var (zhState, enState) = state switch
                {
                    PeriodicDutyState.Met => ("已完成", "met"),
                    PeriodicDutyState.Pending => ("进行中", "pending"),
                    PeriodicDutyState.Overdue => ("已逾期", "overdue"),
                    _ => ("超出规定次数", "held more often than required"),
                };
                result.Add(new PeriodicDutyStatus(
                    duty, start, end, due, count, state,
                    $"{Chinese(duty.Kind)}（{duty.Responsible}{(duty.Area is { } a1 ? " " + a1 : string.Empty)}）{Date.Format(start)} 至 {Date.Format(end)}：应 {times} 次，已 {count} 次，{zhState}",
                    $"{duty.Kind} ({duty.Responsible}{(duty.Area is { } a2 ? " " + a2 : string.Empty)}) {Date.Format(start)} to {Date.Format(end)}: {times} required, {count} held; {enState}"));
            }
        }

        return result.ToImmutable();
    }

    private static LocalDate PeriodStart(LocalDate date, DutyPeriod period) => period switch
    {
        DutyPeriod.Quarter => new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        DutyPeriod.HalfYear => new LocalDate(date.Year, date.Month <= 6 ? 1 : 7, 1),
        _ => new LocalDate(date.Year, 1, 1),
    };

    private static LocalDate Next(LocalDate start, DutyPeriod period) => period switch
    {
        DutyPeriod.Quarter => start.PlusMonths(3),
        DutyPeriod.HalfYear => start.PlusMonths(6),
        _ => start.PlusYears(1),
    };

    private static string Chinese(PeriodicDutyKind kind) => kind switch
    {
        PeriodicDutyKind.DirectorHomeVisit => "主任走访业主",
        PeriodicDutyKind.AreaRevisit => "管理员回访辖区",
        _ => "业主座谈会",
    };
}
