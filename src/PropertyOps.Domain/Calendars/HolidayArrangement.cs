using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// One year's official holiday arrangement (部分节假日安排): the days off and the make-up working days
/// (调休上班) published by the State Council, with the notice it comes from.
/// </summary>
/// <remarks>
/// The format read by <see cref="FromHolidayCnJson(ReadOnlySpan{byte})"/> is the one the public
/// <c>NateScarlet/holiday-cn</c> repository mirrors year by year (<c>2026.json</c> …), so a vendor can add a new
/// year's arrangement as soon as it is published, without waiting for a new release of this library.
/// </remarks>
public sealed class HolidayArrangement
{
    private HolidayArrangement(int year, string notice, ImmutableArray<string> sources, ImmutableArray<ArrangedDay> days)
    {
        Year = year;
        Notice = notice;
        Sources = sources;
        Days = days;
    }

    /// <summary>The year the notice is for (a December date may belong to the next year's notice).</summary>
    public int Year { get; }

    /// <summary>The title of the notice, e.g. <c>国务院办公厅关于2026年部分节假日安排的通知</c>.</summary>
    public string Notice { get; }

    /// <summary>Addresses of the notice and of the mirror the data was read from.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Every arranged date, in date order.</summary>
    public ImmutableArray<ArrangedDay> Days { get; }

    /// <summary>The days off, in date order.</summary>
    public IEnumerable<LocalDate> DaysOff => Days.Where(d => d.IsOffDay).Select(d => d.Date);

    /// <summary>The make-up working days (调休上班), in date order.</summary>
    public IEnumerable<LocalDate> MakeUpWorkingDays => Days.Where(d => !d.IsOffDay).Select(d => d.Date);

    /// <summary>Creates an arrangement from its dates.</summary>
    /// <param name="year">The year of the notice.</param>
    /// <param name="notice">The notice's title.</param>
    /// <param name="sources">Where the data comes from (may be empty).</param>
    /// <param name="days">The arranged dates; each date at most once.</param>
    /// <returns>The arrangement.</returns>
    /// <exception cref="ArgumentException">A date is listed twice or lies outside the arrangement (see remarks), a name is
    /// blank, over 100 characters or not one line, or the notice is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    /// <remarks>A date belongs to the arrangement when it lies in <paramref name="year"/> or in the month either side of it:
    /// notices reach into the neighbouring year for New Year (the 2019 notice moves 2018-12-29 to 2018-12-31, and
    /// <c>holiday-cn</c>'s <c>2019.json</c> lists them). Any other date is refused.</remarks>
    public static HolidayArrangement Create(int year, string notice, IEnumerable<string> sources, IEnumerable<ArrangedDay> days)
    {
        Guard.Against.OutOfRange(year, nameof(year), WorkingCalendar.MinSupportedYear, WorkingCalendar.MaxSupportedYear);
        Guard.Against.NullOrWhiteSpace(notice);
        Guard.Against.Null(sources);
        Guard.Against.Null(days);
        var sorted = days.OrderBy(d => d.Date).ToImmutableArray();
        var earliest = new LocalDate(year, 1, 1).PlusMonths(-1);
        var latest = new LocalDate(year, 12, 31).PlusMonths(1);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(sorted[i].Name) || !Internal.Preconditions.IsCleanText(sorted[i].Name, multiline: false) || sorted[i].Name.Length > 100)
            {
                throw new ArgumentException($"The arranged day {Internal.Invariant.Date(sorted[i].Date)} has no holiday name, or one that is not a short line of text.", nameof(days));
            }

            if (sorted[i].Date < earliest || sorted[i].Date > latest)
            {
                throw new ArgumentException($"The date {Internal.Invariant.Date(sorted[i].Date)} lies outside the {year} arrangement (its year, and the December before or January after that a New Year holiday reaches into).", nameof(days));
            }

            if (i > 0 && sorted[i].Date == sorted[i - 1].Date)
            {
                throw new ArgumentException($"The date {Internal.Invariant.Date(sorted[i].Date)} is listed twice in the {year} arrangement.", nameof(days));
            }
        }

        return new HolidayArrangement(year, notice.Trim(), sources.ToImmutableArray(), sorted);
    }

    /// <summary>
    /// Reads an arrangement in the <c>NateScarlet/holiday-cn</c> JSON format:
    /// <c>{"year": 2026, "papers": ["…"], "days": [{"name": "元旦", "date": "2026-01-01", "isOffDay": true}, …]}</c>.
    /// An optional <c>"notice"</c> string gives the notice's title.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <returns>The arrangement.</returns>
    /// <exception cref="FormatException">The document is malformed; the message names the field.</exception>
    public static HolidayArrangement FromHolidayCnJson(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return ReadHolidayCn(utf8Json);
        }
        catch (JsonException e)
        {
            throw new FormatException("The holiday arrangement is not valid JSON: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // Invalid UTF-8 or an escaped unpaired surrogate inside a string.
            throw new FormatException("The holiday arrangement holds text that is not well-formed: " + e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static HolidayArrangement ReadHolidayCn(ReadOnlySpan<byte> utf8Json)
    {
        using var document = Internal.StrictJson.Parse(utf8Json.ToArray());
        {
            var root = document.RootElement;
            if (!RequiredProperty(root, "year", JsonValueKind.Number).TryGetInt32(out var year))
            {
                throw new FormatException("The holiday arrangement's 'year' field must be a whole number.");
            }

            var notice = root.TryGetProperty("notice", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!
                : $"国务院办公厅关于{year}年部分节假日安排的通知";
            var sources = new List<string>();
            if (root.TryGetProperty("papers", out var papers) && papers.ValueKind == JsonValueKind.Array)
            {
                sources.AddRange(papers.EnumerateArray().Select(p => p.GetString() ?? string.Empty).Where(p => p.Length > 0));
            }

            if (root.TryGetProperty("mirror", out var mirror) && mirror.ValueKind == JsonValueKind.String)
            {
                sources.Add(mirror.GetString()!);
            }

            var days = new List<ArrangedDay>();
            var index = 0;
            foreach (var day in RequiredProperty(root, "days", JsonValueKind.Array).EnumerateArray())
            {
                var name = RequiredProperty(day, "name", JsonValueKind.String, index).GetString()!;
                var dateText = RequiredProperty(day, "date", JsonValueKind.String, index).GetString()!;
                var parsed = LocalDatePattern.Iso.Parse(dateText);
                if (!parsed.Success)
                {
                    throw new FormatException($"days[{index}].date '{PropertyOps.Domain.Common.Redaction.Excerpt(dateText)}' is not an ISO date (yyyy-MM-dd).");
                }

                if (!day.TryGetProperty("isOffDay", out var off) || (off.ValueKind != JsonValueKind.True && off.ValueKind != JsonValueKind.False))
                {
                    throw new FormatException($"days[{index}].isOffDay must be true or false.");
                }

                days.Add(new ArrangedDay(parsed.Value, name, off.GetBoolean()));
                index++;
            }

            return Create(year, notice, sources, days);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Notice}: {Days.Count(d => d.IsOffDay)} days off, {Days.Count(d => !d.IsOffDay)} make-up working days";

    private static JsonElement RequiredProperty(JsonElement element, string name, JsonValueKind kind, int? index = null)
    {
        var path = index is null ? name : $"days[{index}].{name}";
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            throw new FormatException($"The holiday arrangement has no '{path}' field.");
        }

        if (value.ValueKind != kind)
        {
            throw new FormatException($"The holiday arrangement's '{path}' field must be a JSON {kind.ToString().ToLowerInvariant()}.");
        }

        return value;
    }
}
