
namespace PropertyOps.Rules.RuleSets;

/// <summary>One problem in a rule set file: where (JSON path, line, column) and what was expected.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.fees.floor</c>.</param>
/// <param name="Line">The 1-based line (0 when unknown).</param>
/// <param name="Column">The 1-based column (0 when unknown).</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record RuleSetProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>E.g. <c>$.fees.floor (line 40, column 14): expected a number 0–1, found "high"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path} (line {Line}, column {Column}): {Message}";
}
