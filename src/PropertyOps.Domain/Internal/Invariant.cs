using NodaTime;
using NodaTime.Text;

namespace PropertyOps.Domain.Internal;

/// <summary>Culture-independent formatting used in messages and explanations.</summary>
internal static class Invariant
{
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Minute(LocalDateTime value) => MinutePattern.Format(value);

    public static string Minute(Instant instant, DateTimeZone zone) => MinutePattern.Format(instant.InZone(zone).LocalDateTime);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Duration(Duration duration) => DurationPattern.Roundtrip.Format(duration);
}
