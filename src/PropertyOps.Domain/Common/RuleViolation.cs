namespace PropertyOps.Domain.Common;

/// <summary>
/// A business-rule refusal: the rule that forbids the action and a message a front-desk clerk understands.
/// Messages never contain personal data (D14).
/// </summary>
/// <param name="Rule">The rule id from the rule catalogue (docs/rules.md).</param>
/// <param name="Message">Why the action is refused.</param>
public sealed record RuleViolation(RuleId Rule, string Message)
{
    /// <summary>The rule id and message, e.g. <c>C17: a written complaint needs a written reply before it is closed</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Rule}: {Message}";
}
