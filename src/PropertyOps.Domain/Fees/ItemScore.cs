namespace PropertyOps.Domain.Fees;

/// <summary>One item's score on a survey.</summary>
/// <param name="Item">The service item.</param>
/// <param name="Score">The score, on the survey's scale.</param>
public readonly record struct ItemScore(ServiceItem Item, decimal Score);
