using System;
using System.Collections.Immutable;
using System.Linq;

namespace PropertyOps.Rules.RuleSets;

/// <summary>A rule set file was refused; nothing was loaded.</summary>
public sealed class RuleSetException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found.</param>
    public RuleSetException(ImmutableArray<RuleSetProblem> problems)
        : base($"The rule set was refused ({problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}):" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(50)))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<RuleSetProblem> Problems { get; }
}
