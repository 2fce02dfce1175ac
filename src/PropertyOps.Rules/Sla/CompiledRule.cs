using System.Collections.Immutable;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Sla;

/// <summary>A rule flattened for the evaluation hot path: event kinds and sets as bit masks, settings as fields.</summary>
internal readonly struct CompiledRule
{
    public readonly ulong StartMask;
    public readonly ulong StopMask;
    public readonly int Classes;
    public readonly int Channels;
    public readonly int RequiredDepartment; // 0 when any department will do
    public readonly DueBasis Basis;
    public readonly Allowance Allowance;
    public readonly bool Pauses;
    public readonly bool PausesInWorkingTime;
    public readonly bool EveryCycle;
    public readonly DutyCondition Condition;
    public readonly DeadlineRule Rule;

    public CompiledRule(DeadlineRule rule)
    {
        Rule = rule;
        StartMask = Mask(rule.Start);
        StopMask = Mask(rule.Stops);
        Classes = (int)rule.Classes;
        Channels = (int)rule.Channels;
        RequiredDepartment = rule.RequiresDepartment is { } department ? (int)department : 0;
        Basis = rule.Basis;
        Allowance = rule.Allowance;
        Pauses = rule.PausesWhileWaitingOnComplainant;
        // A due counted on the calendar (working time, working days, end of the working day) is extended by the working
        // time a wait overlaps, so a paused revisit still falls due inside working hours; an elapsed due by the elapsed overlap.
        PausesInWorkingTime = rule.Basis == DueBasis.Allowance && rule.Allowance.Kind is AllowanceKind.WorkingTime or AllowanceKind.WorkingDays or AllowanceKind.EndOfWorkingDay;
        EveryCycle = rule.EveryCycle;
        Condition = rule.Condition;
    }

    public static ulong Bit(ComplaintEventKind kind) => 1UL << (int)kind;

    public static int ClassBit(ComplaintClass value) => 1 << ((int)value - 1);

    public static int ChannelBit(Channel value) => 1 << ((int)value - 1);

    private static ulong Mask(ImmutableArray<ComplaintEventKind> kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
        {
            mask |= Bit(kind);
        }

        return mask;
    }
}
