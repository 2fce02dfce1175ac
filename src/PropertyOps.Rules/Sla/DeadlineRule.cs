using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>
/// One timed obligation of the regulation: the event that starts the clock, the events that stop it, the allowance,
/// which complaints it applies to and whom to escalate to when it is breached.
/// </summary>
/// <remarks>
/// <para>The clock starts at the first start event and the first stop event after it stops the clock, once and for all:
/// a stopped deadline never changes. A rule marked <see cref="EveryCycle"/> is timed again, from that cycle's events, in
/// every handling cycle of a complaint reopened by an unsatisfied revisit; its results carry the cycle number. A
/// conditional rule (<see cref="Condition"/>) counts only once its condition holds.</para>
/// <para>Rules are checked when a <see cref="SlaPolicy"/> is built: a rule whose start and stop events overlap, an
/// allowance that is not set or negative, an unknown event kind or an empty class or channel set is refused there,
/// naming the rule id.</para>
/// </remarks>
public sealed record DeadlineRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule id, e.g. <c>C6.revisit</c>.</param>
    /// <param name="title">A short Chinese title, e.g. <c>回访</c>.</param>
    /// <param name="englishTitle">A short English title, e.g. <c>revisit</c>.</param>
    /// <param name="start">The events that start the clock.</param>
    /// <param name="stops">The events that stop it.</param>
    /// <param name="allowance">The allowance (ignored unless <see cref="Basis"/> is <see cref="DueBasis.Allowance"/>).</param>
    /// <param name="escalateTo">Whom to tell when it is breached.</param>
    /// <exception cref="ArgumentException">A title is blank.</exception>
    public DeadlineRule(
        RuleId id,
        string title,
        string englishTitle,
        ImmutableArray<ComplaintEventKind> start,
        ImmutableArray<ComplaintEventKind> stops,
        Allowance allowance,
        EscalationTarget escalateTo)
    {
        Id = id;
        Title = Guard.Against.NullOrWhiteSpace(title);
        EnglishTitle = Guard.Against.NullOrWhiteSpace(englishTitle);
        Start = start.IsDefault ? [] : start;
        Stops = stops.IsDefault ? [] : stops;
        Allowance = allowance;
        EscalateTo = escalateTo;
    }

    /// <summary>The rule id, e.g. <c>C3.dispatch</c>.</summary>
    public RuleId Id { get; init; }

    /// <summary>The Chinese title, e.g. <c>回访</c>.</summary>
    public string Title { get; init; }

    /// <summary>The English title, e.g. <c>revisit</c>.</summary>
    public string EnglishTitle { get; init; }

    /// <summary>The events that start the clock.</summary>
    public ImmutableArray<ComplaintEventKind> Start { get; init; }

    /// <summary>The events that stop the clock.</summary>
    public ImmutableArray<ComplaintEventKind> Stops { get; init; }

    /// <summary>The allowance counted from the start on the working calendar.</summary>
    public Allowance Allowance { get; init; }

    /// <summary>Where the due instant comes from; <see cref="DueBasis.Allowance"/> by default.</summary>
    public DueBasis Basis { get; init; } = DueBasis.Allowance;

    /// <summary>The classes it applies to (the complaint's assessed class, or the class its category implies).</summary>
    public ComplaintClasses Classes { get; init; } = ComplaintClasses.All;

    /// <summary>The channels it applies to.</summary>
    public ComplaintChannels Channels { get; init; } = ComplaintChannels.All;

    /// <summary>
    /// If set, the rule is about this kind of department: a start event that names a department (a dispatch, an emergency
    /// notification) starts the clock only if it names this kind; for other start events the rule applies only when the
    /// cycle's first dispatch or notification went to this kind.
    /// </summary>
    public DepartmentKind? RequiresDepartment { get; init; }

    /// <summary>Whom to tell when it is breached.</summary>
    public EscalationTarget EscalateTo { get; init; }

    /// <summary>
    /// Whether the clock runs again in every handling cycle: a complaint reopened by an unsatisfied revisit is timed
    /// afresh from the cycle's own events (start it with <see cref="ComplaintEventKind.Reopened"/> where the cycle begins
    /// the rule's step). Otherwise the rule is timed once per complaint.
    /// </summary>
    public bool EveryCycle { get; init; }

    /// <summary>The condition the duty is owed under; <see cref="DutyCondition.None"/> for an unconditional duty.</summary>
    public DutyCondition Condition { get; init; }

    /// <summary>
    /// Whether waits on the complainant (e.g. the owner is away) extend the due instant: by the part of each wait that
    /// overlaps the open clock (from the start until the stop, or now) and begins before the due instant; for a
    /// working-time allowance the remaining working time resumes when the wait ends. Only a due computed from an
    /// allowance moves; a due fixed by an appointment moves only when a new appointment is recorded.
    /// </summary>
    public bool PausesWhileWaitingOnComplainant { get; init; }

    /// <summary>The id and titles, e.g. <c>C6.revisit 回访 (revisit): 2 working days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title} ({EnglishTitle}): {DescribeDue()}";

    internal string DescribeDue() => Basis switch
    {
        DueBasis.Appointment => "at the appointment",
        DueBasis.HandlingDeadline => "by the handling deadline",
        _ => Allowance.ToString(),
    };

    internal void Validate()
    {
        string? problem = null;
        if (Id.Value is null)
        {
            problem = "has no id";
        }
        else if (Start.IsEmpty)
        {
            problem = "has no start event";
        }
        else if (Stops.IsEmpty)
        {
            problem = "has no stop event";
        }
        else if (Start.Concat(Stops).Any(k => !Enum.IsDefined(k)))
        {
            problem = $"refers to an unknown event type ({(int)Start.Concat(Stops).First(k => !Enum.IsDefined(k))})";
        }
        else if (Start.Intersect(Stops).Any())
        {
            problem = $"starts and stops on the same event ({Start.Intersect(Stops).First()})";
        }
        else if (!Enum.IsDefined(Basis))
        {
            problem = "has an unknown due basis";
        }
        else if (Basis == DueBasis.Allowance && Allowance.Kind == AllowanceKind.None)
        {
            problem = "has no allowance (negative allowances cannot be created)";
        }
        else if ((Classes & ComplaintClasses.All) == ComplaintClasses.None || (Classes & ~ComplaintClasses.All) != 0)
        {
            problem = "applies to no valid complaint class";
        }
        else if ((Channels & ComplaintChannels.All) == ComplaintChannels.None || (Channels & ~ComplaintChannels.All) != 0)
        {
            problem = "applies to no valid channel";
        }
        else if (!Enum.IsDefined(EscalateTo))
        {
            problem = "has an unknown escalation target";
        }
        else if (RequiresDepartment is { } department && !Enum.IsDefined(department))
        {
            problem = "requires an unknown department kind";
        }
        else if (!Enum.IsDefined(Condition))
        {
            problem = "has an unknown condition";
        }
        else if (Basis == DueBasis.Appointment && PausesWhileWaitingOnComplainant)
        {
            problem = "pauses a due fixed by an appointment (record a new appointment instead)";
        }

        if (problem is not null)
        {
            throw new ArgumentException($"Deadline rule {Id} {problem}.", "rules");
        }
    }
}
