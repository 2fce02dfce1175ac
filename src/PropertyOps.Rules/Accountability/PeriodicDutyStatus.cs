using NodaTime;
using PropertyOps.Domain.Accountability;

namespace PropertyOps.Rules.Accountability;

/// <summary>How a periodic duty stands for one period (C13).</summary>
/// <param name="Duty">The duty.</param>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day.</param>
/// <param name="DueAt">The end of the period: the instant the duty is overdue after.</param>
/// <param name="Held">How many times it was held in the period.</param>
/// <param name="State">Met, pending, overdue, or held more often than the regulation says.</param>
/// <param name="Chinese">The explanation in Chinese.</param>
/// <param name="English">The explanation in English.</param>
public sealed record PeriodicDutyStatus(PeriodicDuty Duty, LocalDate From, LocalDate To, Instant DueAt, int Held, PeriodicDutyState State, string Chinese, string English);
