using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>One line of a fee statement, in Chinese and English; the amounts of a statement's lines add up to its payable fee.</summary>
/// <param name="Chinese">The line in Chinese.</param>
/// <param name="English">The line in English.</param>
/// <param name="Amount">The amount the line adds, or <see langword="null"/> for an explanatory line.</param>
public sealed record StatementLine(string Chinese, string English, Money? Amount);
