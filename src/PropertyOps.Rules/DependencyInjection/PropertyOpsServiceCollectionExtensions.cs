using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.Presets;
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
        services.TryAddSingleton(calendar ?? ChinaWorkingCalendar.Default);
        services.TryAddSingleton(slaPolicy ?? SlaPresets.CustomerServiceRegulation);
        return services;
    }
}
