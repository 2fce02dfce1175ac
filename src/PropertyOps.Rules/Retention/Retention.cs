using System;
using System.Globalization;
using NodaTime;
using PropertyOps.Domain.Documents;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Retention;

/// <summary>存放时间 — how long a record is kept (D11): a number of years, or permanently (长期).</summary>
public readonly record struct RetentionPeriod
{
    private RetentionPeriod(int years) => Years = years;

    /// <summary>The years kept; 0 for <see cref="Permanent"/>.</summary>
    public int Years { get; }

    /// <summary>Whether the record is kept permanently (长期).</summary>
    public bool IsPermanent => Years == 0;

    /// <summary>Kept permanently (长期).</summary>
    public static RetentionPeriod Permanent => default;

    /// <summary>Kept for some years.</summary>
    /// <param name="years">1–100.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of range.</exception>
    public static RetentionPeriod OfYears(int years) => years is >= 1 and <= 100
        ? new RetentionPeriod(years)
        : throw new ArgumentOutOfRangeException(nameof(years), years, "A retention period is 1–100 years, or permanent.");

    /// <summary>E.g. <c>1 year</c>, <c>permanent (长期)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsPermanent ? "permanent (长期)" : Years == 1 ? "1 year" : $"{Years.ToString(CultureInfo.InvariantCulture)} years";
}

/// <summary>The event a retention period runs from (D11).</summary>
public enum RetentionTrigger
{
    /// <summary>The record's creation.</summary>
    Creation = 1,

    /// <summary>The last entry in the register (the register is closed).</summary>
    LastEntry = 2,

    /// <summary>The end of the contract.</summary>
    ContractEnd = 3,

    /// <summary>The document's voiding.</summary>
    Voiding = 4,
}

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

/// <summary>One record a retention schedule judges: its id (the document number), its record type and the days its triggers happened.</summary>
/// <param name="Id">The record's id (document number).</param>
/// <param name="RecordType">Its record type code.</param>
/// <param name="CreatedOn">When it was created.</param>
/// <param name="ClosedOn">Its last entry or contract end, if it has one.</param>
/// <param name="VoidedOn">When it was voided, if it was.</param>
public sealed record RetainedRecord(string Id, string RecordType, LocalDate CreatedOn, LocalDate? ClosedOn = null, LocalDate? VoidedOn = null)
{
    /// <summary>The record's id.</summary>
    public string Id { get; } = Preconditions.CheckText(Id, 64);

    /// <summary>Its record type code, checked as a document's is (a schedule judges only the types it lists, D11).</summary>
    public string RecordType { get; } = Preconditions.CheckCode(RecordType, nameof(RecordType));

    /// <summary>A document's record for the schedule.</summary>
    /// <param name="document">The document.</param>
    /// <param name="voidedOn">When it was voided, if it was.</param>
    /// <returns>The record.</returns>
    public static RetainedRecord Of(Document document, LocalDate? voidedOn = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new RetainedRecord(document.Number, document.RecordType, document.CreatedOn, document.ClosedOn, voidedOn);
    }
}

/// <summary>Where a record stands on a day (D11).</summary>
public enum DispositionStatus
{
    /// <summary>Its retention period has ended and no hold covers it: it may be destroyed (with the approvals and two people of D10).</summary>
    Due = 1,

    /// <summary>Its retention period has not ended.</summary>
    NotYetDue = 2,

    /// <summary>It is kept permanently (长期).</summary>
    Permanent = 3,

    /// <summary>A legal hold covers it.</summary>
    Held = 4,

    /// <summary>The schedule cannot judge it: its record type is not in the schedule, or the day its period runs from is not known.</summary>
    NeedsReview = 5,
}
