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
/// does not apply, or whose clock has not started, is <see cref="DeadlineStatus.NotApplicable"/>. A duty done at or
/// before its due instant is on time; an open duty is <see cref="DeadlineStatus.Breached"/> once <c>now</c> is after the
/// due instant.</para>
/// <para><b>Conditional duties</b> (C5, C7, C8; <see cref="DutyCondition"/>) count only once their condition holds: one
/// whose condition never arises is not applicable, and one past its due with the condition still undecided is
/// <see cref="DeadlineStatus.AtRisk"/> — chased, not counted as a breach. Recording the condition never moves the due
/// earlier than the clause allows (C7: 5 minutes after receipt; C8: 10 minutes after the report to the leader).</para>
/// <para><b>Handling cycles.</b> An unsatisfied revisit reopens the complaint and starts the next cycle; every rule marked
/// <see cref="DeadlineRule.EveryCycle"/> (C3 dispatch and handling, C5, C6, C8 verification and revisit, C9, C19) is timed
/// again from that cycle's own events, so adding a later cycle never changes an earlier cycle's results. Results carry
/// their cycle; <see cref="SlaEvaluation"/> lists every cycle's results and finds the latest by rule id.</para>
/// <para><b>Waits</b> on the complainant extend a duration-based due (rules that pause) by the part of the wait that
/// overlaps the open clock; a due fixed by an appointment (C20) moves only when a new appointment is recorded.</para>
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
        Guard.Against.Null(events);
        var span = AsSpan(events);
        var cycles = CheckArguments(span, policy, calendar, now);
        var results = new CoreResult[policy.Compiled.Length * cycles];
        EvaluateCore(span, policy, calendar, now, results, cycles);
        return new SlaEvaluation(policy, calendar, events, now, results, cycles);
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
        Guard.Against.Null(events);
        var span = AsSpan(events);
        var cycles = CheckArguments(span, policy, calendar, now);
        var size = policy.Compiled.Length * cycles;
        Span<CoreResult> results = size <= 128 ? stackalloc CoreResult[size] : new CoreResult[size];
        EvaluateCore(span, policy, calendar, now, results, cycles);
        return EarliestPending(results);
    }

    /// <summary>The earliest due instant among pending, unpaused results: the one reading of "next due" (also <see cref="SlaEvaluation.NextDue"/>).</summary>
    internal static Instant? EarliestPending(ReadOnlySpan<CoreResult> results)
    {
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
        var atRisk = new SweepBuffer[parts];
        var size = (complaints.Count + parts - 1) / parts;
        if (parts == 1)
        {
            SweepRange(complaints, 0, complaints.Count, policy, calendar, now, now + horizon, breaches[0] = new(), dueSoon[0] = new(), atRisk[0] = new());
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, part =>
            {
                var from = part * size;
                var to = Math.Min(complaints.Count, from + size);
                SweepRange(complaints, from, to, policy, calendar, now, now + horizon, breaches[part] = new(), dueSoon[part] = new(), atRisk[part] = new());
            });
        }

        return new SweepResult(now, horizon, Concat(breaches), Concat(dueSoon), Concat(atRisk));
    }

    /// <summary>
    /// Explains one deadline in Chinese and English: the handling cycle (第2次处理, "second handling"), the start event,
    /// the allowance, the holidays, weekends and closed hours skipped, any pause, the due instant in local time and the
    /// status — including a conditional duty at risk and what is not yet recorded.
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

    /// <summary>
    /// Explains one deadline as <see cref="Explain(DeadlineResult, SlaPolicy, WorkingCalendar)"/> does, with what only the
    /// history shows: for an appointment (C20), the appointment and every rescheduling, with its reason.
    /// </summary>
    /// <param name="result">The result to explain.</param>
    /// <param name="events">The complaint's events the result was evaluated from.</param>
    /// <param name="policy">The policy it came from.</param>
    /// <param name="calendar">The calendar it was evaluated on.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no rule with the result's id.</exception>
    public static Explanation Explain(DeadlineResult result, IReadOnlyList<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar)
    {
        Guard.Against.Null(events);
        Guard.Against.Null(policy);
        Guard.Against.Null(calendar);
        return DeadlineExplainer.Explain(result, policy[result.Rule.Value], calendar, events);
    }

    /// <summary>Checks the arguments and the history; returns the number of handling cycles at <paramref name="now"/>.</summary>
    internal static int CheckArguments(ReadOnlySpan<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar, Instant now)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(calendar);
        return ComplaintFacts.CheckHistory(events, now, index: -1);
    }

    /// <summary>
    /// The events as a span without copying for the lists histories are usually kept in (arrays, immutable arrays, lists),
    /// so the hot loops index memory directly instead of calling through the interface.
    /// </summary>
    internal static ReadOnlySpan<ComplaintEvent> AsSpan(IReadOnlyList<ComplaintEvent> events) => events switch
    {
        ComplaintEvent[] array => array,
        ImmutableArray<ComplaintEvent> immutable => immutable.AsSpan(),
        List<ComplaintEvent> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => Copy(events),
    };

    private static ComplaintEvent[] Copy(IReadOnlyList<ComplaintEvent> events)
    {
        var copy = new ComplaintEvent[events.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = events[i];
        }

        return copy;
    }

    /// <summary>
    /// One pass over the events up to <paramref name="now"/>, then one decision per result slot. Slots are cycle-major:
    /// slot <c>c × rules + r</c> holds rule <c>r</c> in cycle <c>c + 1</c>; a rule timed once per complaint uses only
    /// cycle 1's slot.
    /// </summary>
    internal static bool EvaluateCore(ReadOnlySpan<ComplaintEvent> events, SlaPolicy policy, WorkingCalendar calendar, Instant now, Span<CoreResult> results, int cycles)
    {
        var rules = policy.Compiled;
        var byKind = policy.RulesByKind;
        var n = rules.Length;
        // Starting a clock writes its whole slot; a slot that never starts is read only for these fields, so resetting
        // them is enough (cheaper than clearing the buffer a sweep reuses for every complaint).
        for (var s = 0; s < results.Length; s++)
        {
            ref var slot = ref results[s];
            slot.Status = DeadlineStatus.NotApplicable;
            slot.Stopped = false;
            slot.StartKind = 0;
            slot.HasDue = false;
            slot.IsPaused = false;
            slot.PausedFor = Duration.Zero;
        }

        Span<Instant> pauseBuffer = stackalloc Instant[16];
        var pauses = pauseBuffer;
        var pauseCount = 0;
        Span<CycleFacts> cycleData = cycles <= 8 ? stackalloc CycleFacts[cycles] : new CycleFacts[cycles];

        // The facts come from the one fold of a history (ComplaintFacts, shared with the decider's state); this loop only
        // starts and stops the rules' clocks as the events pass.
        var received = (ComplaintReceived)events[0];
        var facts = ComplaintFacts.Start(received);
        var cycle = 0;
        var count = events.Length;
        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            var at = e.At;
            if (at > now)
            {
                break;
            }

            var kind = e.Kind;
            var step = i == 0 ? default : facts.Step(e);
            if (step.What == FactStep.WaitBegan)
            {
                if (pauseCount * 2 + 2 > pauses.Length)
                {
                    var larger = new Instant[pauses.Length * 2];
                    pauses.CopyTo(larger);
                    pauses = larger;
                }

                pauses[pauseCount * 2] = at;
                pauses[pauseCount * 2 + 1] = now;
                pauseCount++;
            }
            else if (step.What == FactStep.WaitEnded)
            {
                pauses[pauseCount * 2 - 1] = at;
            }

            Apply(rules, byKind[(int)kind], results, cycle, CompiledRule.Bit(kind), kind, (int)step.Department, at);
            if (step.What == FactStep.CycleEnded && cycle + 1 < cycles)
            {
                // The unsatisfied revisit closed the cycle's revisit clock above; now the next cycle begins, keeping the
                // handling deadline until a re-assessment sets a new one.
                cycleData[cycle] = facts.BeginNextCycle();
                cycle++;
                Apply(rules, byKind[(int)ComplaintEventKind.Reopened], results, cycle, CompiledRule.Bit(ComplaintEventKind.Reopened), ComplaintEventKind.Reopened, 0, at);
            }
        }

        cycleData[cycle] = facts.Current;
        var appointment = facts.Appointment;
        var firstDepartment = (int)facts.FirstNamedDepartment;
        var finished = facts.IsFinished;
        var officeCannotResolve = facts.OfficeCannot;
        var leaderCannotCoordinate = facts.LeaderCannot;
        var closed = facts.IsClosed;
        var closedAt = closed ? facts.ClosedInstant : Instant.MaxValue;
        var pauseOpen = facts.WaitOpen;

        // Rules timed once per complaint follow the first handling's class; every-cycle rules their own cycle's, so that a
        // later re-assessment never changes an earlier cycle's results.
        var minimum = received.Category.MinimumClass(received.Households);
        var unassessed = minimum >= ComplaintClass.Major ? minimum : ComplaintClass.General;
        var complaintClassBit = CompiledRule.ClassBit(cycleData[0].AssessedClass == 0 ? unassessed : cycleData[0].AssessedClass);
        var channelBit = CompiledRule.ChannelBit(received.Channel);

        // Several rules often count the same calendar allowance from the same event (C12 and C18 both end the working day
        // of receipt): the last calendar answer is reused rather than recomputed.
        var memoStart = Instant.MinValue;
        var memoAllowance = default(Allowance);
        var memoDue = Instant.MinValue;

        // A closed complaint is judged as it stood at its closure: what was done by then counts, what was past due by then
        // stays breached, and every other clock lapses (not applicable, even if done later).
        var judgeAt = closed ? closedAt : now;
        for (var c = 0; c < cycles; c++)
        {
            ref readonly var data = ref cycleData[c];
            for (var r = 0; r < n; r++)
            {
                ref readonly var rule = ref rules[r];
                if (c > 0 && !rule.EveryCycle)
                {
                    continue;
                }

                ref var result = ref results[(c * n) + r];
                if (result.Status == DeadlineStatus.NotApplicable)
                {
                    result.Cycle = c + 1;
                    continue;
                }

                result.Cycle = c + 1;

                var department = rule.EveryCycle ? (int)data.FirstDepartment : firstDepartment;
                var classBit = rule.EveryCycle ? CompiledRule.ClassBit(data.AssessedClass == 0 ? unassessed : data.AssessedClass) : complaintClassBit;
                if ((rule.Classes & classBit) == 0 || (rule.Channels & channelBit) == 0
                    || (rule.RequiredDepartment != 0 && !NamesDepartment(result.StartKind) && department != rule.RequiredDepartment))
                {
                    result = default;
                    result.Cycle = c + 1;
                    continue;
                }

                var start = result.Start;
                Instant? baseDue = rule.Basis switch
                {
                    DueBasis.Appointment => appointment,
                    DueBasis.HandlingDeadline => data.HandlingDue,
                    _ => rule.Allowance.Kind == AllowanceKind.Elapsed ? start + rule.Allowance.Duration
                        : start == memoStart && rule.Allowance == memoAllowance ? memoDue
                        : memoDue = calendar.Due(memoStart = start, memoAllowance = rule.Allowance),
                };
                if (baseDue is not { } due)
                {
                    // Started, but nothing recorded to be due at: the rule cannot be timed.
                    result.Status = DeadlineStatus.NotApplicable;
                    continue;
                }

                var stopped = result.Stopped && result.Stop <= judgeAt;
                var stop = result.Stop;
                if (rule.Pauses)
                {
                    due = ExtendByWaits(ref result, rule, calendar, pauses[..(pauseCount * 2)], pauseOpen, start, due, stopped, stop);
                }

                result.HasDue = true;
                result.Due = due;
                result.Status = stopped ? (stop <= due ? DeadlineStatus.MetOnTime : DeadlineStatus.MetLate)
                    : result.IsPaused || judgeAt <= due ? DeadlineStatus.Pending
                    : DeadlineStatus.Breached;

                if (rule.Condition != DutyCondition.None)
                {
                    // Conditional duties (C5, C7, C8): owed only once the condition holds.
                    var (holds, lapsed) = rule.Condition switch
                    {
                        DutyCondition.NotFinishedByHandlingDeadline => (
                            stopped || (data.HasDeadline && judgeAt > data.Deadline && !(data.IsResolved && data.ResolvedInstant <= data.Deadline)),
                            data.HasDeadline && data.IsResolved && data.ResolvedInstant <= data.Deadline),
                        DutyCondition.OfficeCannotResolve => (stopped || officeCannotResolve, finished),
                        _ => (stopped || leaderCannotCoordinate, finished),
                    };
                    // A duty done is judged by when it was done (a department that reports a delay has itself said it
                    // cannot finish on time); an undone one whose condition lapsed was never owed.
                    if (lapsed && !holds)
                    {
                        result = default;
                        result.Cycle = c + 1;
                    }
                    else if (!holds && result.Status == DeadlineStatus.Breached)
                    {
                        result.Status = DeadlineStatus.AtRisk;
                    }
                }

                if (closed && result.Status is DeadlineStatus.Pending or DeadlineStatus.AtRisk)
                {
                    // Still open at the closure and not yet past due (or owed only on a condition that never held): lapsed.
                    result = default;
                    result.Cycle = c + 1;
                }
            }
        }

        return closed;
    }

    private static bool NamesDepartment(ComplaintEventKind kind) => kind is ComplaintEventKind.DispatchedToDepartment or ComplaintEventKind.DepartmentNotified;

    private static void Apply(CompiledRule[] rules, int[] touched, Span<CoreResult> results, int cycle, ulong bit, ComplaintEventKind kind, int eventDepartment, Instant at)
    {
        var n = rules.Length;
        foreach (var r in touched)
        {
            ref readonly var rule = ref rules[r];
            ref var result = ref results[rule.EveryCycle ? (cycle * n) + r : r];
            if (result.Status == DeadlineStatus.Pending)
            {
                if ((rule.StopMask & bit) != 0)
                {
                    result.Stop = at;
                    result.Stopped = true;
                    result.Status = DeadlineStatus.MetOnTime; // provisional: decided against the due instant later
                }
            }
            else if (!result.Stopped && (rule.StartMask & bit) != 0
                && (rule.RequiredDepartment == 0 || eventDepartment == 0 || eventDepartment == rule.RequiredDepartment))
            {
                result = new CoreResult { Start = at, StartKind = kind, Status = DeadlineStatus.Pending };
            }
        }
    }

    /// <summary>
    /// Moves a duration-based due by each wait on the complainant that overlaps the open clock ([start, stop] or
    /// [start, now]) and begins before the (moving) due. A wait never shortens a due.
    /// </summary>
    private static Instant ExtendByWaits(ref CoreResult result, in CompiledRule rule, WorkingCalendar calendar, ReadOnlySpan<Instant> pauses, bool lastOpen, Instant start, Instant due, bool stopped, Instant stop)
    {
        var count = pauses.Length / 2;
        for (var p = 0; p < count; p++)
        {
            var from = pauses[p * 2] < start ? start : pauses[p * 2];
            var to = pauses[(p * 2) + 1];
            if (stopped && to > stop)
            {
                to = stop;
            }

            if (to <= from || from >= due)
            {
                continue;
            }

            result.IsPaused |= !stopped && lastOpen && p == count - 1;
            result.PausedFor += to - from;
            due = rule.PausesInWorkingTime
                ? calendar.AddWorkingTime(to, calendar.WorkingTimeBetween(from, due))
                : due + (to - from);
        }

        return due;
    }

    private static void SweepRange(
        IReadOnlyList<IReadOnlyList<ComplaintEvent>> complaints,
        int from,
        int to,
        SlaPolicy policy,
        WorkingCalendar calendar,
        Instant now,
        Instant horizonEnd,
        SweepBuffer breaches,
        SweepBuffer dueSoon,
        SweepBuffer atRisk)
    {
        Span<CoreResult> buffer = stackalloc CoreResult[128];
        var rules = policy.Compiled;
        var n = rules.Length;
        for (var i = from; i < to; i++)
        {
            var events = AsSpan(complaints[i] ?? throw new ArgumentException($"Complaint #{i} is null.", nameof(complaints)));
            var cycles = ComplaintFacts.CheckHistory(events, now, i);
            var complaintId = ((ComplaintReceived)events[0]).ComplaintId;
            var results = n * cycles <= buffer.Length ? buffer[..(n * cycles)] : new CoreResult[n * cycles];
            if (EvaluateCore(events, policy, calendar, now, results, cycles))
            {
                continue; // a closed complaint owes nothing more and is never listed
            }

            for (var slot = 0; slot < results.Length; slot++)
            {
                ref readonly var result = ref results[slot];
                var status = result.Status;
                if (status is DeadlineStatus.NotApplicable or DeadlineStatus.MetOnTime or DeadlineStatus.MetLate)
                {
                    continue;
                }

                var rule = rules[slot % n].Rule;
                if (status == DeadlineStatus.Breached)
                {
                    breaches.Add(new SweepItem(complaintId, i, rule.Id, status, result.Due, rule.EscalateTo, result.Cycle));
                }
                else if (status == DeadlineStatus.AtRisk)
                {
                    atRisk.Add(new SweepItem(complaintId, i, rule.Id, status, result.Due, rule.EscalateTo, result.Cycle));
                }
                else if (!result.IsPaused && result.Due <= horizonEnd)
                {
                    dueSoon.Add(new SweepItem(complaintId, i, rule.Id, status, result.Due, rule.EscalateTo, result.Cycle));
                }
            }
        }
    }

    /// <summary>The fewest complaints a sweep hands to one core; smaller lists are swept on one.</summary>
    internal const int MinimumPartSize = 1024;

    private static SweepItems Concat(SweepBuffer[] parts)
    {
        // The parts' chunks, in order, become the result as they are: nothing is copied.
        var chunks = new List<SweepItem[]>();
        var lengths = new List<int>();
        foreach (var part in parts)
        {
            part.AppendTo(chunks, lengths);
        }

        return chunks.Count == 0 ? SweepItems.Empty : new SweepItems([.. chunks], [.. lengths]);
    }
}
