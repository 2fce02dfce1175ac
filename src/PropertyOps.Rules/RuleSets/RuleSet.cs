using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Cards;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Retention;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.RuleSets;

/// <summary>
/// A whole company's configuration in one file (<c>"schema": "propertyops.ruleset/1"</c>): the working calendar, the SLA
/// rules, the accountability policy, the fee schedule, the card grading thresholds, the retention schedule and the lending
/// policy. <see cref="Load(System.IO.Stream)"/> refuses a bad file with every problem at once; <see cref="Save"/> writes the canonical form.
/// Two rule sets are equal when their canonical forms are.
/// </summary>
public sealed class RuleSet : IEquatable<RuleSet>
{
    /// <summary>The schema this version reads and writes.</summary>
    public const string Schema = "propertyops.ruleset/1";

    private string? _canonical;

    /// <summary>Creates a rule set; each part is validated.</summary>
    /// <param name="name">A name, 1–100 characters.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="sla">The SLA rules.</param>
    /// <param name="accountability">The accountability policy.</param>
    /// <param name="fees">The fee schedule.</param>
    /// <param name="cards">The card grading thresholds.</param>
    /// <param name="retention">The retention schedule.</param>
    /// <param name="lending">The lending policy.</param>
    /// <param name="periodicDuties">The periodic duties of C13 (home visits, area revisits, owners' forums), each id once.</param>
    /// <exception cref="ArgumentException">A part is missing or invalid; the message names it.</exception>
    public RuleSet(string name, WorkingCalendar calendar, SlaPolicy sla, AccountabilityPolicy accountability, FeeSchedule fees, CardGradingPolicy cards, RetentionSchedule retention, LendingPolicy lending, ImmutableArray<PropertyOps.Domain.Accountability.PeriodicDuty> periodicDuties = default)
    {
        PeriodicDuties = periodicDuties.IsDefault ? [] : periodicDuties;
        if (PeriodicDuties.Any(d => d is null) || PeriodicDuties.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != PeriodicDuties.Length)
        {
            throw new ArgumentException("The periodic duties are non-null and each id is listed once.", nameof(periodicDuties));
        }

        Name = PropertyOps.Domain.Internal.Preconditions.CheckText(name, 100);
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Sla = sla ?? throw new ArgumentNullException(nameof(sla));
        Accountability = accountability ?? throw new ArgumentNullException(nameof(accountability));
        Accountability.Validate();
        Fees = fees ?? throw new ArgumentNullException(nameof(fees));
        Fees.Validate();
        Cards = cards ?? throw new ArgumentNullException(nameof(cards));
        Cards.Validate();
        Retention = retention ?? throw new ArgumentNullException(nameof(retention));
        Lending = lending ?? throw new ArgumentNullException(nameof(lending));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The SLA rules.</summary>
    public SlaPolicy Sla { get; }

    /// <summary>The accountability policy.</summary>
    public AccountabilityPolicy Accountability { get; }

    /// <summary>The fee schedule.</summary>
    public FeeSchedule Fees { get; }

    /// <summary>The card grading thresholds.</summary>
    public CardGradingPolicy Cards { get; }

    /// <summary>The retention schedule.</summary>
    public RetentionSchedule Retention { get; }

    /// <summary>The lending policy.</summary>
    public LendingPolicy Lending { get; }

    /// <summary>The periodic duties (C13), as a <see cref="PeriodicDutySchedule"/> tracks them.</summary>
    public ImmutableArray<PropertyOps.Domain.Accountability.PeriodicDuty> PeriodicDuties { get; }

    /// <summary>Every preset of the library as one rule set: the regulations' defaults (mainland-China calendar, C-rules, F-rules, K-rules, D-rules).</summary>
    public static RuleSet Regulation { get; } = new(
        "PropertyOps regulation presets",
        ChinaWorkingCalendar.Default,
        SlaPresets.CustomerServiceRegulation,
        AccountabilityPresets.CustomerServiceRegulation,
        FeePresets.PayBySatisfaction,
        CardPresets.RedYellowBlueSystem,
        RetentionPresets.DocumentControlRegulation,
        RetentionPresets.Lending);

    /// <summary>The named presets <c>ruleset export</c> writes: <c>regulation</c>, <c>linear-fees</c> (a line from 70 % at 60 % to the full fee at 90 %), <c>estate-wide-fees</c>.</summary>
    public static ImmutableSortedDictionary<string, RuleSet> Presets { get; } = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, RuleSet>
    {
        ["regulation"] = Regulation,
        ["linear-fees"] = Regulation.With(fees: FeePresets.PayBySatisfaction with { Factors = FeeFactors.Linear(0.60m, 0.70m, 0.90m), Floor = 0.70m }, name: "Linear fees with a knee at 90 %"),
        ["estate-wide-fees"] = Regulation.With(fees: FeePresets.PayBySatisfaction with { Mode = BillingMode.EstateWide }, name: "Estate-wide fees (weighted by area, 50 % minimum response)"),
    });

    /// <summary>A copy with some parts replaced.</summary>
    /// <param name="calendar">A new calendar.</param>
    /// <param name="sla">New SLA rules.</param>
    /// <param name="accountability">A new accountability policy.</param>
    /// <param name="fees">A new fee schedule.</param>
    /// <param name="cards">New card grading thresholds.</param>
    /// <param name="retention">A new retention schedule.</param>
    /// <param name="lending">A new lending policy.</param>
    /// <param name="name">A new name.</param>
    /// <param name="periodicDuties">New periodic duties.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException">A new part is invalid.</exception>
    public RuleSet With(WorkingCalendar? calendar = null, SlaPolicy? sla = null, AccountabilityPolicy? accountability = null, FeeSchedule? fees = null, CardGradingPolicy? cards = null, RetentionSchedule? retention = null, LendingPolicy? lending = null, string? name = null, ImmutableArray<PropertyOps.Domain.Accountability.PeriodicDuty>? periodicDuties = null) =>
        new(name ?? Name, calendar ?? Calendar, sla ?? Sla, accountability ?? Accountability, fees ?? Fees, cards ?? Cards, retention ?? Retention, lending ?? Lending, periodicDuties ?? PeriodicDuties);

    /// <summary>Reads a rule set from a stream, which is read to its end but not disposed.</summary>
    /// <param name="stream">UTF-8 JSON (a byte-order mark at the start is accepted), at most 4 MiB.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="RuleSetException">The file is refused; <see cref="RuleSetException.Problems"/> lists every problem with its JSON path, line and column. A stream longer than 4 MiB is refused once 4 MiB and one byte have been read: nothing more is read or buffered.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RuleSet Load(Stream stream)
    {
        Guard.Against.Null(stream);
        // Read at most the limit and one byte more, growing the buffer as the file does: a huge stream is refused
        // after ~4 MiB, in bounded memory.
        const int Limit = RuleSetReader.MaxBytes + 1;
        var buffer = new byte[Math.Min(64 * 1024, Limit)];
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                if (buffer.Length == Limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Limit));
            }
        }

        if (length > RuleSetReader.MaxBytes)
        {
            throw RuleSetReader.TooLarge();
        }

        return Load(buffer.AsSpan(0, length));
    }

    /// <summary>Reads a rule set file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="RuleSetException">The file is refused, with every problem.</exception>
    /// <exception cref="IOException">The file cannot be read (it does not exist, or access is denied: <see cref="UnauthorizedAccessException"/> is reported as an <see cref="IOException"/>).</exception>
    public static RuleSet Load(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            return Load(file);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"The rule-set file cannot be read: access to it is denied.", e);
        }
    }

    /// <summary>Reads a rule set from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">The file is refused, with every problem.</exception>
    public static RuleSet Load(ReadOnlySpan<byte> utf8Json) => RuleSetReader.Read(utf8Json);

    /// <summary>Checks a rule set file without keeping it.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>Every problem (empty when the file loads).</returns>
    public static ImmutableArray<RuleSetProblem> Check(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            RuleSetReader.Read(utf8Json);
            return [];
        }
        catch (RuleSetException e)
        {
            return e.Problems;
        }
    }

    /// <summary>Writes the canonical form (indented UTF-8 JSON).</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void Save(Stream stream)
    {
        Guard.Against.Null(stream);
        var bytes = System.Text.Encoding.UTF8.GetBytes(ToJson());
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>The canonical form as text.</summary>
    /// <returns>The JSON.</returns>
    public string ToJson() => _canonical ??= RuleSetWriter.Write(this);

    /// <inheritdoc />
    public bool Equals(RuleSet? other) => other is not null && (ReferenceEquals(this, other) || ToJson() == other.ToJson());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToJson());

    /// <summary>E.g. <c>PropertyOps regulation presets (propertyops.ruleset/1, 23 SLA rules)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Schema}, {Sla.Rules.Length} SLA rules, {Retention.Rules.Count} retention rules)";
}
