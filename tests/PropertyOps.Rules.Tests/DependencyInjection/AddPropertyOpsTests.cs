using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Rules.DependencyInjection;

namespace PropertyOps.Rules.Tests.DependencyInjection;

public class AddPropertyOpsTests
{
    [Fact]
    public void Registers_the_China_calendar_as_a_singleton_by_default()
    {
        using var provider = new ServiceCollection().AddPropertyOps().BuildServiceProvider();
        var calendar = provider.GetRequiredService<WorkingCalendar>();
        Assert.Same(ChinaWorkingCalendar.Default, calendar);
        Assert.Same(calendar, provider.GetRequiredService<WorkingCalendar>());
        Assert.Same(PropertyOps.Rules.Presets.SlaPresets.CustomerServiceRegulation, provider.GetRequiredService<PropertyOps.Rules.Sla.SlaPolicy>());
    }

    [Fact]
    public void A_supplied_calendar_wins_and_an_existing_registration_is_kept()
    {
        var custom = ChinaWorkingCalendar.Create(WorkingSpan.Parse("08:00-17:00"));
        using (var provider = new ServiceCollection().AddPropertyOps(custom).BuildServiceProvider())
        {
            Assert.Same(custom, provider.GetRequiredService<WorkingCalendar>());
        }

        var services = new ServiceCollection().AddSingleton(custom);
        using var kept = services.AddPropertyOps().BuildServiceProvider();
        Assert.Same(custom, kept.GetRequiredService<WorkingCalendar>());
        Assert.Equal(new LocalTime(17, 0), kept.GetRequiredService<WorkingCalendar>().GetWorkingSpans(IsoDayOfWeek.Monday)[0].End);
    }

    [Fact]
    public void Null_services_are_refused()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PropertyOpsServiceCollectionExtensions.AddPropertyOps(null!));
        Assert.Equal("services", e.ParamName);
    }
}
