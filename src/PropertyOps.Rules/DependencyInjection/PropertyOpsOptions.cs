using System;
using System.IO;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Cards;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Retention;
using PropertyOps.Rules.RuleSets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.DependencyInjection;

/// <summary>
/// What <see cref="PropertyOpsServiceCollectionExtensions.AddPropertyOps(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{PropertyOpsOptions})"/>
/// registers: a rule set (the regulation presets unless another is given, e.g. loaded from a file), with any part
/// overridden.
/// </summary>
public sealed class PropertyOpsOptions
{
    /// <summary>The rule set the services come from; <see cref="RuleSet.Regulation"/> by default.</summary>
    public RuleSet RuleSet { get; set; } = RuleSet.Regulation;

    /// <summary>A calendar that replaces the rule set's.</summary>
    public WorkingCalendar? Calendar { get; set; }

    /// <summary>SLA rules that replace the rule set's.</summary>
    public SlaPolicy? Sla { get; set; }

    /// <summary>An accountability policy that replaces the rule set's.</summary>
    public AccountabilityPolicy? Accountability { get; set; }

    /// <summary>A fee schedule that replaces the rule set's.</summary>
    public FeeSchedule? Fees { get; set; }

    /// <summary>Card grading thresholds that replace the rule set's.</summary>
    public CardGradingPolicy? Cards { get; set; }

    /// <summary>A retention schedule that replaces the rule set's.</summary>
    public RetentionSchedule? Retention { get; set; }

    /// <summary>A lending policy that replaces the rule set's.</summary>
    public LendingPolicy? Lending { get; set; }

    /// <summary>Uses a rule set read from a stream, which is read and then disposed.</summary>
    /// <param name="stream">The file (UTF-8 JSON, <c>propertyops.ruleset/1</c>); disposed once read, whether or not it loads.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="RuleSetException">The file is refused, with every problem.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public PropertyOpsOptions UseRuleSet(Stream stream)
    {
        Guard.Against.Null(stream);
        using (stream)
        {
            RuleSet = RuleSet.Load(stream);
        }

        return this;
    }

    /// <summary>Uses a rule set file.</summary>
    /// <param name="path">The file's path (UTF-8 JSON, <c>propertyops.ruleset/1</c>).</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="RuleSetException">The file is refused, with every problem.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public PropertyOpsOptions UseRuleSet(string path)
    {
        RuleSet = RuleSet.Load(path);
        return this;
    }

    /// <summary>The rule set with the overrides applied.</summary>
    /// <returns>The effective rule set.</returns>
    /// <exception cref="ArgumentException">An override is invalid.</exception>
    public RuleSet Build() => (RuleSet ?? throw new InvalidOperationException("No rule set is configured.")).With(Calendar, Sla, Accountability, Fees, Cards, Retention, Lending);
}
