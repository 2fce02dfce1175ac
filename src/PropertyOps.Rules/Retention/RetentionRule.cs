using System;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Retention;

/// <summary>One line of a retention schedule: a record type, how long it is kept and from when.</summary>
/// <param name="RecordType">The record type's code, e.g. <c>borrowing-register</c>.</param>
/// <param name="Name">Its name, e.g. <c>文件、资料借阅登记表 (QR-WD01-02-04)</c>.</param>
/// <param name="Period">How long it is kept.</param>
/// <param name="Trigger">The event the period runs from.</param>
public sealed record RetentionRule(string RecordType, string Name, RetentionPeriod Period, RetentionTrigger Trigger)
{
    /// <summary>The record type's code.</summary>
    public string RecordType { get; } = Preconditions.CheckCode(RecordType);

    /// <summary>The name.</summary>
    public string Name { get; } = Preconditions.CheckText(Name, 100);

    /// <summary>The event the period runs from.</summary>
    public RetentionTrigger Trigger { get; } = Enum.IsDefined(Trigger) ? Trigger : throw new ArgumentOutOfRangeException(nameof(Trigger), "Unknown retention trigger.");

    /// <summary>The first day the record may be destroyed, given the day its period started: that day plus the years (29 February + 1 year = 28 February).</summary>
    /// <param name="start">The trigger's day.</param>
    /// <returns>The day, or <see langword="null"/> when kept permanently.</returns>
    public LocalDate? EndsOn(LocalDate start) => Period.IsPermanent ? null : start.PlusYears(Period.Years);

    /// <summary>E.g. <c>borrowing-register 文件、资料借阅登记表: 1 year from LastEntry</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{RecordType} {Name}: {Period} from {Trigger}";
}
