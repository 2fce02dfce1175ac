using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Presets;
using NodaTime;
using PropertyOps.Rules.Accountability;
using PropertyOps.Rules.Cards;
using PropertyOps.Rules.Fees;
using PropertyOps.Rules.Retention;
using PropertyOps.Rules.RuleSets;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.DependencyInjection;

/// <summary>Registers PropertyOps in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class PropertyOpsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every PropertyOps service exactly as <see cref="AddPropertyOps(IServiceCollection, System.Action{PropertyOpsOptions})"/>
    /// does, from the regulation's rule set, with the <see cref="WorkingCalendar"/> every deadline is computed on (by
    /// default <see cref="ChinaWorkingCalendar.Default"/>) and the <see cref="SlaPolicy"/> (by default
    /// <see cref="SlaPresets.CustomerServiceRegulation"/>) replaced. Registrations already present are kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="calendar">The working calendar; <see langword="null"/> for the mainland-China preset.</param>
    /// <param name="slaPolicy">The deadline rules; <see langword="null"/> for the customer-service regulation preset.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddPropertyOps(this IServiceCollection services, WorkingCalendar? calendar = null, SlaPolicy? slaPolicy = null)
    {
        Guard.Against.Null(services);
        return services.AddPropertyOps(options =>
        {
            options.Calendar = calendar ?? ChinaWorkingCalendar.Default;
            options.Sla = slaPolicy ?? SlaPresets.CustomerServiceRegulation;
        });
    }

    /// <summary>
    /// Registers the PropertyOps services from a rule set — the regulation presets (<see cref="RuleSet.Regulation"/>)
    /// unless configured, e.g. from a file with <see cref="PropertyOpsOptions.UseRuleSet(string)"/> — with any part
    /// overridden by the options. Exactly these eleven singletons, each with TryAdd so an application's own registration
    /// of the same service type wins:
    /// <list type="number">
    /// <item><see cref="RuleSet"/> — the effective rule set (overrides applied);</item>
    /// <item><see cref="WorkingCalendar"/> — its calendar;</item>
    /// <item><see cref="SlaPolicy"/> — its deadline rules;</item>
    /// <item><see cref="AccountabilityPolicy"/>;</item>
    /// <item><see cref="FeeSchedule"/>;</item>
    /// <item><see cref="CardGradingPolicy"/>;</item>
    /// <item><see cref="RetentionSchedule"/>;</item>
    /// <item><see cref="LendingPolicy"/>;</item>
    /// <item><see cref="IClock"/> — NodaTime's <see cref="SystemClock.Instance"/>, only if no clock is registered;</item>
    /// <item><see cref="SlaEvaluator"/> — the SLA engine bound to the registered policy, calendar and clock;</item>
    /// <item><see cref="FeeBiller"/> — the fee calculator bound to the registered schedule, the calendar's zone and the clock;</item>
    /// <item><see cref="ArchivePolicy"/> — the registered lending policy and retention schedule in the calendar's zone.</item>
    /// </list>
    /// The services resolved from the container are built from whatever is registered for their parts, so replacing,
    /// say, the <see cref="IClock"/> or the <see cref="FeeSchedule"/> before or after this call changes the evaluator or
    /// biller accordingly. Nothing else is registered: no hosted service, no options binding, no logging.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the rule set and overrides parts of it.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The configured rule set or an override is invalid.</exception>
    public static IServiceCollection AddPropertyOps(this IServiceCollection services, System.Action<PropertyOpsOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        var options = new PropertyOpsOptions();
        configure(options);
        var set = options.Build();
        services.TryAddSingleton(set);
        services.TryAddSingleton(set.Calendar);
        services.TryAddSingleton(set.Sla);
        services.TryAddSingleton(set.Accountability);
        services.TryAddSingleton(set.Fees);
        services.TryAddSingleton(set.Cards);
        services.TryAddSingleton(set.Retention);
        services.TryAddSingleton(set.Lending);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(provider => new SlaEvaluator(provider.GetRequiredService<SlaPolicy>(), provider.GetRequiredService<WorkingCalendar>(), provider.GetRequiredService<IClock>()));
        services.TryAddSingleton(provider => new FeeBiller(provider.GetRequiredService<FeeSchedule>(), provider.GetRequiredService<WorkingCalendar>().Zone, provider.GetRequiredService<IClock>()));
        services.TryAddSingleton(provider => new ArchivePolicy(provider.GetRequiredService<LendingPolicy>(), provider.GetRequiredService<RetentionSchedule>(), provider.GetRequiredService<WorkingCalendar>().Zone));
        return services;
    }
}
