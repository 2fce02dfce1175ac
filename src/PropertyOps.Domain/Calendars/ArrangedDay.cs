using NodaTime;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// One date of an official holiday arrangement: a day off (法定节假日 or a bridging day) or a make-up
/// working day (调休上班), with the name of the holiday it belongs to.
/// </summary>
/// <param name="Date">The local date.</param>
/// <param name="Name">The holiday's name as published, e.g. <c>国庆节</c>.</param>
/// <param name="IsOffDay"><see langword="true"/> for a day off; <see langword="false"/> for a make-up working day.</param>
public readonly record struct ArrangedDay(LocalDate Date, string Name, bool IsOffDay);
