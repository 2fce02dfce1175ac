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
    /// Registers the immutable PropertyOps services as singletons: the <see cref="WorkingCalendar"/> every deadline is
    /// computed on (by default <see cref="ChinaWorkingCalendar.Default"/>) and the <see cref="SlaPolicy"/> (by default
    /// <see cref="SlaPresets.CustomerServiceRegulation"/>). Registrations already present are kept.
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
    /// Registers every PropertyOps service as a singleton, from a rule set (the regulation presets unless configured, e.g.
    /// from a file with <see cref="PropertyOpsOptions.UseRuleSet"/>): the <see cref="RuleSet"/>, the
    /// <see cref="WorkingCalendar"/>, the <see cref="SlaPolicy"/> and its <see cref="SlaEvaluator"/>, the
    /// <see cref="AccountabilityPolicy"/>, the <see cref="FeeSchedule"/> and the <see cref="FeeBiller"/> that bills by it, the
    /// <see cref="CardGradingPolicy"/>, the <see cref="RetentionSchedule"/>, the <see cref="LendingPolicy"/> and the
    /// <see cref="ArchivePolicy"/>. Every registration uses TryAdd, so an application's own registrations win; NodaTime's
    /// <see cref="SystemClock.Instance"/> is registered as the <see cref="IClock"/> only if none is.
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
