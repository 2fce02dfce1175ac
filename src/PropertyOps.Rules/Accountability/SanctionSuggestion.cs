using System.Collections.Immutable;
using PropertyOps.Domain.Accountability;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// What the ladder suggests for an employee (C11). The policy only suggests: a person decides, and records the sanction
/// in the <see cref="StaffLedger"/> citing the findings.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Sanction">The sanction suggested.</param>
/// <param name="FindingIds">The findings in the window not yet cited by a sanction.</param>
/// <param name="Chinese">Why, in Chinese.</param>
/// <param name="English">Why, in English.</param>
public sealed record SanctionSuggestion(string EmployeeId, SanctionKind Sanction, ImmutableArray<string> FindingIds, string Chinese, string English);
