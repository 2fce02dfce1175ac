using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// Turns a complaint's history into deadlines: what is due, what was met, what is breached and whom to tell, at any
/// instant. Pure and deterministic: the same events, policy, calendar and <c>now</c> give the same answer on any thread.
/// </summary>
/// <remarks>
/// <para>Only events at or before <c>now</c> count, so evaluating at an earlier instant replays the past. A rule applies
/// when the complaint's class (assessed, or implied by its category, C16), channel and department match it; a rule that
/// does not apply, or whose clock has not started, is <see cref="DeadlineStatus.NotApplicable"/>. A running deadline is
/// <see cref="DeadlineStatus.Breached"/> from its due instant on (exactly at due), and a stop at the due instant is on
/// time.</para>
/// <para>Evaluation is one pass over the events with the policy's rules as bit masks; <see cref="Sweep"/> allocates only
/// for the deadlines it reports.</para>
/// </remarks>
public static class SlaEngine
{
    private const int Stopped = 2;
    private const int Running = 1;

    /// <summary>Evaluates every rule of <paramref name="policy"/> for one complaint at <paramref name="now"/>.</summary>
    /// <param name="events">The complaint's events, in order, starting with <see cref="ComplaintReceived"/>.</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <returns>One result per rule, in policy order (also by rule id).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, does not start with a receipt, or is out of order (events are refused, not sorted).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the complaint's first event.</exception>
    public static SlaEvaluation Evaluate(IReadOnlyList<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar, Instant now)
    {
        CheckArguments(events, policy, calendar, now);
        var results = new CoreResult[policy.Compiled.Length];
        EvaluateCore(events, policy.Compiled, calendar, now, results);
        return new SlaEvaluation(policy, now, results);
    }

    /// <summary>The result of one rule (by id) for one complaint at <paramref name="now"/>.</summary>
    /// <param name="events">The complaint's events.</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <param name="ruleId">The rule id, e.g. <c>C6.revisit</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such rule.</exception>
    public static DeadlineResult Evaluate(IReadOnlyList<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar, Instant now, string ruleId) =>
        Evaluate(events, policy, calendar, now)[ruleId];

    /// <summary>The earliest due instant among the complaint's pending, unpaused deadlines: when a scheduler should look again.</summary>
    /// <param name="events">The complaint's events.</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <returns>The next due instant, or <see langword="null"/> when nothing is pending.</returns>
    public static Instant? NextDue(IReadOnlyList<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar, Instant now)
    {
        CheckArguments(events, policy, calendar, now);
        Span<CoreResult> results = stackalloc CoreResult[policy.Compiled.Length];
        EvaluateCore(events, policy.Compiled, calendar, now, results);
        Instant? next = null;
        foreach (ref readonly var result in results)
        {
            if (result.Status == DeadlineStatus.Pending && !result.IsPaused && (next is null || result.Due < next))
            {
                next = result.Due;
            }
        }

        return next;
    }

    /// <summary>
    /// Sweeps many complaints at one instant: every breach and every deadline due within <paramref name="horizon"/>.
    /// With <paramref name="degreeOfParallelism"/> above 1 the list is split into contiguous parts evaluated on several
    /// cores; the result is identical to the sequential sweep.
    /// </summary>
    /// <param name="complaints">The complaints' histories.</param>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="now">The instant to sweep at; each complaint must have started by then.</param>
    /// <param name="horizon">How far ahead to collect deadlines falling due (zero or more).</param>
    /// <param name="degreeOfParallelism">How many parts to evaluate at once (1 to 256).</param>
    /// <returns>The breaches and the deadlines due soon.</returns>
    /// <exception cref="ArgumentException">A history is empty, null, out of order or starts after <paramref name="now"/>; the message gives its position.</exception>
    public static SweepResult Sweep(
        IReadOnlyList<IReadOnlyList<ComplaintEvent>> complaints,
        SlaPolicy policy,
        WorkingCalendar calendar,
        Instant now,
        Duration horizon,
        int degreeOfParallelism = 1)
    {
        Guard.Against.Null(complaints);
        Guard.Against.Null(policy);
        Guard.Against.Null(calendar);
        Guard.Against.OutOfRange(degreeOfParallelism, nameof(degreeOfParallelism), 1, 256);
        if (horizon < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), "The horizon cannot be negative.");
        }

        return SweepInParts(complaints, policy, calendar, now, horizon, degreeOfParallelism, MinimumPartSize);
    }

    internal static SweepResult SweepInParts(
        IReadOnlyList<IReadOnlyList<ComplaintEvent>> complaints,
        SlaPolicy policy,
        WorkingCalendar calendar,
        Instant now,
        Duration horizon,
        int degreeOfParallelism,
        int minimumPartSize)
    {
        var parts = Math.Max(1, Math.Min(degreeOfParallelism, complaints.Count / minimumPartSize));
        var breaches = new SweepBuffer[parts];
        var dueSoon = new SweepBuffer[parts];
        var size = (complaints.Count + parts - 1) / parts;
        if (parts == 1)
        {
            SweepRange(complaints, 0, complaints.Count, policy.Compiled, calendar, now, now + horizon, breaches[0] = new(), dueSoon[0] = new());
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var from = part * size;
                var to = Math.Min(complaints.Count, from + size);
                SweepRange(complaints, from, to, policy.Compiled, calendar, now, now + horizon, breaches[part] = new(), dueSoon[part] = new());
            });
        }

        return new SweepResult(now, horizon, Concat(breaches), Concat(dueSoon));
    }

    /// <summary>
    /// Explains one deadline in Chinese and English: the start event, the allowance, the holidays, weekends and closed
    /// hours skipped, any pause, the due instant in local time and the status.
    /// </summary>
    /// <param name="result">The result to explain.</param>
    /// <param name="policy">The policy it came from.</param>
    /// <param name="calendar">The calendar it was evaluated on.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no rule with the result's id.</exception>
    public static Explanation Explain(DeadlineResult result, SlaPolicy policy, WorkingCalendar calendar)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(calendar);
        return DeadlineExplainer.Explain(result, policy[result.Rule.Value], calendar);
    }

    internal static void CheckArguments(IReadOnlyList<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar, Instant now)
    {
        Guard.Against.Null(events);
        Guard.Against.Null(policy);
        Guard.Against.Null(calendar);
        CheckHistory(events, now, index: -1);
    }

    /// <summary>Refuses an empty, unordered or not-yet-started history; <paramref name="index"/> names it in a sweep (-1: alone).</summary>
    private static void CheckHistory(IReadOnlyList<ComplaintEvent> events, Instant now, int index)
    {
        if (events.Count == 0 || events[0] is not ComplaintReceived)
        {
            throw new ArgumentException($"{Name(index)}'s history must start with ComplaintReceived.", nameof(events));
        }

        var previous = events[0].At;
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"{Name(index)}'s event #{i} is null.", nameof(events));
            if (e.At < previous)
            {
                throw new ArgumentException($"{Name(index)}'s events are out of order: event #{i} ({e.Kind}) is earlier than event #{i - 1}. Events are refused, not sorted.", nameof(events));
            }

            previous = e.At;
        }

        if (now < events[0].At)
        {
            throw new ArgumentOutOfRangeException(nameof(now), $"{Name(index)} was received at {events[0].At}; it cannot be evaluated at an earlier instant ({now}).");
        }

        static string Name(int index) => index < 0 ? "The complaint" : $"Complaint #{index}";
    }

    internal static void EvaluateCore(IReadOnlyList<ComplaintEvent> events, CompiledRule[] rules, WorkingCalendar calendar, Instant now, Span<CoreResult> results)
    {
        var n = rules.Length;
        results.Clear();
        Span<Instant> pauseBuffer = stackalloc Instant[16];
        var pauses = pauseBuffer;
        var pauseCount = 0;
        var pauseOpen = false;

        var received = (ComplaintReceived)events[0];
        ComplaintClass? assessed = null;
        Instant? handlingDeadline = null;
        Instant? promised = null;
        var department = 0;
        var resolved = false;
        var count = events.Count;
        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            var at = e.At;
            if (at > now)
            {
                break;
            }

            var kind = e.Kind;
            switch (kind)
            {
                case ComplaintEventKind.Assessed:
                    var assessment = (ComplaintAssessed)e;
                    assessed = assessment.Class;
                    handlingDeadline = assessment.HandlingDeadline;
                    break;
                case ComplaintEventKind.DispatchedToDepartment when department == 0:
                    department = (int)((DispatchedToDepartment)e).Department.Kind;
                    break;
                case ComplaintEventKind.DepartmentNotified when department == 0:
                    department = (int)((DepartmentNotified)e).Department.Kind;
                    break;
                case ComplaintEventKind.DelayReported when !resolved && at < (promised ?? handlingDeadline ?? Instant.MaxValue):
                    // A delay reported before the deadline moves it (C5); one reported after it cannot undo the breach,
                    // and one in a reopened complaint's later cycle does not touch the first cycle's deadline.
                    promised = ((DelayReported)e).NewPromisedAt;
                    break;
                case ComplaintEventKind.Resolved:
                    resolved = true;
                    break;
                case ComplaintEventKind.ComplainantUnavailable when !pauseOpen:
                    if (pauseCount * 2 + 2 > pauses.Length)
                    {
                        var larger = new Instant[pauses.Length * 2];
                        pauses.CopyTo(larger);
                        pauses = larger;
                    }

                    pauses[pauseCount * 2] = at;
                    pauses[pauseCount * 2 + 1] = now;
                    pauseCount++;
                    pauseOpen = true;
                    break;
                case ComplaintEventKind.ComplainantAvailable when pauseOpen:
                    pauses[pauseCount * 2 - 1] = at;
                    pauseOpen = false;
                    break;
            }

            var bit = CompiledRule.Bit(kind);
            for (var r = 0; r < n; r++)
            {
                ref var result = ref results[r];
                if (result.Status == DeadlineStatus.Pending)
                {
                    if ((rules[r].StopMask & bit) != 0)
                    {
                        result.Stop = at;
                        result.Stopped = true;
                        result.Status = DeadlineStatus.MetOnTime; // provisional: decided against the due instant below
                    }
                }
                else if (!result.Stopped && (rules[r].StartMask & bit) != 0)
                {
                    result.Start = at;
                    result.StartKind = kind;
                    result.Status = DeadlineStatus.Pending;
                }
            }
        }

        var minimum = received.Category.MinimumClass(received.Households);
        var effective = assessed ?? (minimum >= ComplaintClass.Major ? minimum : ComplaintClass.General);
        var classBit = CompiledRule.ClassBit(effective);
        var channelBit = CompiledRule.ChannelBit(received.Channel);
        for (var r = 0; r < n; r++)
        {
            ref readonly var rule = ref rules[r];
            ref var result = ref results[r];
            if (result.Status == DeadlineStatus.NotApplicable)
            {
                continue;
            }

            if ((rule.Classes & classBit) == 0 || (rule.Channels & channelBit) == 0
                || (rule.RequiredDepartment != 0 && department != rule.RequiredDepartment))
            {
                result = default;
                continue;
            }

            var start = result.Start;
            Instant? baseDue = rule.Basis switch
            {
                DueBasis.Appointment => received.Appointment,
                DueBasis.HandlingDeadline => promised ?? handlingDeadline,
                _ => rule.Allowance.Kind == AllowanceKind.Elapsed ? start + rule.Allowance.Duration : calendar.Due(start, rule.Allowance),
            };
            if (baseDue is not { } due)
            {
                // Started, but nothing recorded to be due at: the rule cannot be timed.
                result.Status = DeadlineStatus.NotApplicable;
                continue;
            }

            var stopped = result.Stopped;
            var stop = result.Stop;
            if (rule.Pauses)
            {
                for (var p = 0; p < pauseCount; p++)
                {
                    var from = pauses[p * 2];
                    var to = pauses[p * 2 + 1];
                    if (from < start || from >= due || (stopped && from >= stop))
                    {
                        continue;
                    }

                    if (stopped && to > stop)
                    {
                        to = stop;
                    }

                    result.IsPaused |= !stopped && pauseOpen && p == pauseCount - 1;
                    result.PausedFor += to - from;
                    due = rule.PausesInWorkingTime
                        ? calendar.AddWorkingTime(to, calendar.WorkingTimeBetween(from, due))
                        : due + (to - from);
                }
            }

            result.HasDue = true;
            result.Due = due;
            result.Status = stopped ? (stop <= due ? DeadlineStatus.MetOnTime : DeadlineStatus.MetLate)
                : result.IsPaused || now < due ? DeadlineStatus.Pending
                : DeadlineStatus.Breached;
        }
    }


    private static void SweepRange(
        IReadOnlyList<IReadOnlyList<ComplaintEvent>> complaints,
        int from,
        int to,
        CompiledRule[] rules,
        WorkingCalendar calendar,
        Instant now,
        Instant horizonEnd,
        SweepBuffer breaches,
        SweepBuffer dueSoon)
    {
        Span<CoreResult> results = stackalloc CoreResult[rules.Length];
        for (var i = from; i < to; i++)
        {
            var events = complaints[i] ?? throw new ArgumentException($"Complaint #{i} is null.", nameof(complaints));
            CheckHistory(events, now, i);
            EvaluateCore(events, rules, calendar, now, results);
            for (var r = 0; r < results.Length; r++)
            {
                ref readonly var result = ref results[r];
                if (result.Status == DeadlineStatus.Breached)
                {
                    breaches.Add(new SweepItem(((ComplaintReceived)events[0]).ComplaintId, i, rules[r].Rule.Id, result.Status, result.Due, rules[r].Rule.EscalateTo));
                }
                else if (result.Status == DeadlineStatus.Pending && !result.IsPaused && result.Due <= horizonEnd)
                {
                    dueSoon.Add(new SweepItem(((ComplaintReceived)events[0]).ComplaintId, i, rules[r].Rule.Id, result.Status, result.Due, rules[r].Rule.EscalateTo));
                }
            }
        }
    }

    /// <summary>The fewest complaints a sweep hands to one core; smaller lists are swept on one.</summary>
    internal const int MinimumPartSize = 1024;

    private static ImmutableArray<SweepItem> Concat(SweepBuffer[] parts)
    {
        var total = 0;
        var offsets = new int[parts.Length];
        for (var p = 0; p < parts.Length; p++)
        {
            offsets[p] = total;
            total += parts[p].Count;
        }

        var all = new SweepItem[total];
        if (parts.Length == 1)
        {
            parts[0].CopyTo(all);
        }
        else
        {
            Parallel.For(0, parts.Length, p => parts[p].CopyTo(all.AsSpan(offsets[p], parts[p].Count)));
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(all);
    }
}
