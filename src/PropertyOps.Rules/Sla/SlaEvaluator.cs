using System;
using System.Collections.Generic;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// The SLA engine bound to one policy, calendar and clock: what a vendor's app injects to ask "where does this complaint
/// stand now?" (C1–C20). Immutable and thread-safe.
/// </summary>
public sealed class SlaEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="policy">The deadline rules.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="clock">The clock "now" is read from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SlaEvaluator(SlaPolicy policy, WorkingCalendar calendar, IClock clock)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The deadline rules.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>Every rule's deadline for a complaint, now.</summary>
    /// <param name="events">The complaint's history.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">The history is empty or malformed.</exception>
    public SlaEvaluation Evaluate(IReadOnlyList<ComplaintEvent> events) => SlaEngine.Evaluate(events, Policy, Calendar, Clock.GetCurrentInstant());

    /// <summary>Every rule's deadline for a complaint at an instant.</summary>
    /// <param name="events">The complaint's history.</param>
    /// <param name="now">The instant.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">The history is empty or malformed.</exception>
    public SlaEvaluation Evaluate(IReadOnlyList<ComplaintEvent> events, Instant now) => SlaEngine.Evaluate(events, Policy, Calendar, now);

    /// <summary>The next instant a deadline of the complaint falls due, from now.</summary>
    /// <param name="events">The complaint's history.</param>
    /// <returns>The instant, or <see langword="null"/> when nothing is pending.</returns>
    public Instant? NextDue(IReadOnlyList<ComplaintEvent> events) => SlaEngine.NextDue(events, Policy, Calendar, Clock.GetCurrentInstant());

    /// <summary>How a deadline was reached, in Chinese and English.</summary>
    /// <param name="result">A result of <see cref="Evaluate(IReadOnlyList{ComplaintEvent})"/>.</param>
    /// <param name="events">The complaint's history.</param>
    /// <returns>The explanation.</returns>
    public Explanation Explain(DeadlineResult result, IReadOnlyList<ComplaintEvent> events) => SlaEngine.Explain(result, events, Policy, Calendar);
}
