using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using PropertyOps.Domain.Calendars;

namespace PropertyOps.Domain.Tests;

/// <summary>A generated calendar, kept as plain data so failures print and shrink readably.</summary>
public sealed record CalendarSpec(
    string ZoneId,
    ImmutableArray<ImmutableArray<(int Start, int End)>> Days, // index 0 = Monday; minutes of day, End ≤ 1440
    ImmutableArray<LocalDate> Holidays,
    ImmutableArray<LocalDate> MakeUpDays)
{
    private static readonly ConditionalWeakTable<CalendarSpec, WorkingCalendar> Built = new();

    public WorkingCalendar Calendar => Built.GetValue(this, spec => spec.Build());

    public long WeeklyWorkingMinutes => Days.Sum(d => d.Sum(s => (long)(s.End - s.Start)));

    public WorkingCalendar Build()
    {
        var builder = WorkingCalendar.CreateBuilder(DateTimeZoneProviders.Tzdb[ZoneId]);
        for (var i = 0; i < 7; i++)
        {
            builder.WithWorkingSpans((IsoDayOfWeek)(i + 1), Days[i].Select(ToSpan).ToArray());
        }

        foreach (var d in Holidays)
        {
            builder.AddHoliday(d, "假日");
        }

        foreach (var d in MakeUpDays)
        {
            builder.AddMakeUpWorkingDay(d, "调休");
        }

        return builder.Build();
    }

    public override string ToString()
    {
        var days = string.Join(" | ", Days.Select((spans, i) => $"{(IsoDayOfWeek)(i + 1)}: {string.Join(",", spans.Select(ToSpan))}"));
        return $"{ZoneId} [{days}] holidays {string.Join(",", Holidays.Select(LocalDatePattern.Iso.Format))} make-up {string.Join(",", MakeUpDays.Select(LocalDatePattern.Iso.Format))}";
    }

    private static WorkingSpan ToSpan((int Start, int End) s) =>
        new(LocalTime.FromMinutesSinceMidnight(s.Start), s.End == 1440 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(s.End));
}

/// <summary>A minute-aligned start instant and allowance in the generated range.</summary>
public sealed record CalendarCase(CalendarSpec Spec, Instant Start, Duration Allowance)
{
    public WorkingCalendar Calendar => Spec.Calendar;

    public override string ToString() =>
        $"start {InstantPattern.ExtendedIso.Format(Start)} (local {Start.InZone(Calendar.Zone).LocalDateTime:uuuu-MM-dd HH:mm}), allowance {Allowance.TotalMinutes} min, calendar {Spec}";
}

/// <summary>The FsCheck arbitraries of this test project, registered once per property class with [Properties(Arbitrary = …)].</summary>
public static class Arbitraries
{
    /// <summary>All generated instants lie in these two months (plus the allowance), around the 2026 Spring Festival.</summary>
    public static readonly Instant RangeStart = Instant.FromUtc(2025, 12, 28, 0, 0);

    private const int RangeMinutes = 70 * 24 * 60;

    // Zones with daylight saving change their clocks between 01:00 and 03:00 local time; generated spans stay
    // out of those hours there so the minute-stepping reference and the lenient mapping agree by construction.
    private static readonly string[] Zones = ["Asia/Shanghai", "Etc/UTC", "Asia/Kathmandu", "Europe/London", "America/New_York", "Australia/Sydney"];

    public static Gen<ImmutableArray<(int, int)>> DaySpans(bool avoidNight) =>
        from count in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Constant(1)), (4, Gen.Constant(2)), (1, Gen.Constant(3)))
        from cuts in Gen.ListOf(Gen.Choose(avoidNight ? 180 : 0, 1440), count * 2)
        select ToSpans(cuts);

    public static Gen<CalendarSpec> CalendarSpecs() =>
        from zone in Gen.Elements(Zones)
        from days in Gen.ListOf(DaySpans(zone is not ("Asia/Shanghai" or "Etc/UTC" or "Asia/Kathmandu")), 7)
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 90)).Select(l => l.Distinct().ToList())
        from makeUpOffsets in Gen.ListOf(Gen.Choose(0, 90)).Select(l => l.Distinct().ToList())
        let first = new LocalDate(2025, 12, 20)
        let holidays = holidayOffsets.Select(o => first.PlusDays(o)).ToImmutableArray()
        let makeUps = makeUpOffsets.Where(o => !holidayOffsets.Contains(o)).Select(o => first.PlusDays(o)).ToImmutableArray()
        where days.Any(d => d.Length > 0)
        select new CalendarSpec(zone, [.. days], holidays, makeUps);

    public static Arbitrary<CalendarSpec> CalendarSpec() => Arb.From(CalendarSpecs(), ShrinkSpec);

    public static Arbitrary<CalendarCase> CalendarCase() =>
        Arb.From(
            from spec in CalendarSpecs()
            from startMinute in Gen.Choose(0, RangeMinutes)
            from allowance in Gen.Frequency(
                (1, Gen.Constant(0)),
                (5, Gen.Choose(1, 600)),
                (4, Gen.Choose(1, 5 * 24 * 60)))
            // Bounded by ten weeks of work so that the minute-stepping reference stays quick on sparse calendars.
            select new CalendarCase(spec, RangeStart + Duration.FromMinutes(startMinute), Duration.FromMinutes(Math.Min(allowance, 10 * spec.WeeklyWorkingMinutes))),
            ShrinkCase);

    private static ImmutableArray<(int, int)> ToSpans(IEnumerable<int> cuts)
    {
        var sorted = cuts.Distinct().Order().ToArray();
        var spans = ImmutableArray.CreateBuilder<(int, int)>();
        for (var i = 0; i + 1 < sorted.Length; i += 2)
        {
            spans.Add((sorted[i], sorted[i + 1]));
        }

        return spans.ToImmutable();
    }

    private static IEnumerable<CalendarSpec> ShrinkSpec(CalendarSpec spec)
    {
        if (spec.ZoneId != "Etc/UTC" && spec.Days.All(d => d.All(s => s.Start >= 180)))
        {
            yield return spec with { ZoneId = "Etc/UTC" };
        }

        for (var i = 0; i < spec.Holidays.Length; i++)
        {
            yield return spec with { Holidays = spec.Holidays.RemoveAt(i) };
        }

        for (var i = 0; i < spec.MakeUpDays.Length; i++)
        {
            yield return spec with { MakeUpDays = spec.MakeUpDays.RemoveAt(i) };
        }

        for (var d = 0; d < 7; d++)
        {
            for (var s = 0; s < spec.Days[d].Length; s++)
            {
                var days = spec.Days.SetItem(d, spec.Days[d].RemoveAt(s));
                if (days.Any(x => x.Length > 0))
                {
                    yield return spec with { Days = days };
                }
            }
        }
    }

    private static IEnumerable<CalendarCase> ShrinkCase(CalendarCase c)
    {
        foreach (var spec in ShrinkSpec(c.Spec))
        {
            yield return c with { Spec = spec };
        }

        if (c.Allowance > Duration.Zero)
        {
            yield return c with { Allowance = Duration.FromMinutes((long)c.Allowance.TotalMinutes / 2) };
        }
    }

    // ---- Strict input (hardening) ----

    private static readonly string[] AreaCodes = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0351", "0898", "0411"];

    /// <summary>A mainland phone number in canonical form and one way a clerk might have typed it.</summary>
    public static Arbitrary<PhoneTyping> PhoneTyping() => Arb.From(
        from mobile in Gen.Elements(true, false)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), 9)
        from second in Gen.Choose(3, 9)
        from area in Gen.Elements(AreaCodes)
        from eight in Gen.Elements(true, false)
        from first in Gen.Choose(1, 9)
        let canonical = mobile
            ? "1" + second + string.Concat(digits)
            : area + "-" + first + string.Concat(digits.Take(area.Length == 3 || eight ? 7 : 6))
        from separators in Gen.ArrayOf(Gen.Elements("", "", "", " ", "-"), 16)
        from prefix in Gen.Elements("", "", "+86", "+86 ", "0086", "86")
        from parenthesise in Gen.Elements(true, false)
        select new PhoneTyping(canonical, Type(canonical, mobile, separators, prefix, parenthesise)));

    private static string Type(string canonical, bool mobile, string[] separators, string prefix, bool parenthesise)
    {
        var digits = canonical.Replace("-", string.Empty, StringComparison.Ordinal);
        var text = new System.Text.StringBuilder();
        if (mobile)
        {
            text.Append(prefix);
        }

        var areaLength = canonical.IndexOf('-', StringComparison.Ordinal);
        for (var i = 0; i < digits.Length; i++)
        {
            if (!mobile && parenthesise && i == 0)
            {
                text.Append('(');
            }

            text.Append(digits[i]);
            if (!mobile && parenthesise && i == areaLength - 1)
            {
                text.Append(')');
            }
            else if (i + 1 < digits.Length)
            {
                text.Append(separators[i % separators.Length]);
            }
        }

        return text.ToString();
    }

    /// <summary>Text that a validator must refuse or accept, from the classes of bad input the hardening issue names.</summary>
    public static Gen<string> HostileText() => Gen.OneOf(
        Gen.Elements(
            string.Empty,
            " ",
            "13812345678\n",
            "TS-1\n",
            "C6\n",
            "\uD800",
            "a\uDC00b",
            "张\u0000伟",
            "line\r\nbreak",
            "\u2028",
            "Staff, FrontDesk",
            "1",
            "-1",
            "０１０-１２３４５６７８",
            "010-1234-5678-9",
            new string('x', 1_000_000),
            new string('9', 70)),
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(chars => new string(chars)));

    /// <summary>Instants from the supported years and far outside them.</summary>
    public static Gen<Instant> ExtremeInstant() => Gen.OneOf(
        Gen.Elements(
            Instant.MinValue,
            Instant.MaxValue,
            Instant.FromUtc(1, 1, 1, 0, 0),
            Instant.FromUtc(1600, 6, 1, 0, 0),
            Instant.FromUtc(1899, 12, 31, 23, 59),
            Instant.FromUtc(1900, 1, 1, 0, 0),
            Instant.FromUtc(2149, 12, 31, 23, 59),
            Instant.FromUtc(2150, 1, 1, 0, 0),
            Instant.FromUtc(9999, 12, 31, 0, 0),
            Instant.FromUtc(2026, 10, 1, 1, 0)),
        Gen.Choose(-200_000, 200_000).Select(days => NodaConstants.UnixEpoch + Duration.FromDays(days)));

    /// <summary>Decimals at and near the extremes.</summary>
    public static Gen<decimal> ExtremeDecimal() => Gen.Elements(
        decimal.MaxValue, decimal.MinValue, 0m, -1m, 1m, 0.0000000000000000000000000001m, 1_000_000_000_000_000m, 1_000_000_000_000_001m, 79_228_162_514_264_337_593_543_950_33m, 0.5m, 2.8m);

    public static Arbitrary<Extremes> Extremes() => Arb.From(
        from instant in ExtremeInstant()
        from other in ExtremeInstant()
        from amount in ExtremeDecimal()
        from factor in ExtremeDecimal()
        from text in HostileText()
        from number in Gen.Elements(int.MinValue, -1, 0, 1, 5, 31, 100_000, 100_001, int.MaxValue)
        select new Extremes(instant, other, amount, factor, text, number));

    // ---- Cards ----

    /// <summary>An estate of 1–40 households and up to 150 attempted casts in one month (valid and invalid).</summary>
    public static Arbitrary<CardCase> CardCase() => Arb.From(
        from households in Gen.Choose(1, 40)
        from casts in Gen.ListOf(
            from h in Gen.Choose(0, 44)
            from t in Gen.Choose(1, 2)
            from c in Gen.Choose(1, 3)
            from day in Gen.Choose(-2, 40)
            from excused in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new CardCast(h, t, c, day, excused))
        from split in Gen.ListOf(Gen.Elements(0, 1, 2), 200)
        select new CardCase(households, [.. casts.Take(150)], [.. split]));
}

/// <summary>A phone number's canonical form and a typed variant of it.</summary>
public sealed record PhoneTyping(string Canonical, string Typed);

/// <summary>One draw of extreme inputs for the "nothing undocumented escapes" property.</summary>
public sealed record Extremes(Instant Instant, Instant Other, decimal Amount, decimal Factor, string Text, int Number)
{
    public override string ToString() =>
        $"instant {Instant}, other {Other}, amount {Amount}, factor {Factor}, number {Number}, text ({Text.Length} chars) '{PropertyOps.Domain.Common.Redaction.Excerpt(Text)}'";
}

/// <summary>One attempted cast: household position (may be outside the roster), target, colour, day offset from the 1st, excused.</summary>
public sealed record CardCast(int Household, int Target, int Colour, int Day, bool Excused);

/// <summary>A generated month of cards and a three-way split of them.</summary>
public sealed record CardCase(int Households, ImmutableArray<CardCast> Casts, ImmutableArray<int> Split)
{
    public override string ToString() => $"{Households} households; " + string.Join(" ", Casts.Select(c => $"(H{c.Household} T{c.Target} C{c.Colour} d{c.Day}{(c.Excused ? " x" : string.Empty)})"));
}
