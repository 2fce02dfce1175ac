using System;
using System.Linq;
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

public class AddPropertyOpsWithOptionsTests
{
    [Fact]
    public void Every_service_resolves_as_a_singleton_from_the_regulation_presets()
    {
        using var provider = new ServiceCollection().AddPropertyOps(_ => { }).BuildServiceProvider();
        Assert.Equal(PropertyOps.Rules.RuleSets.RuleSet.Regulation, provider.GetRequiredService<PropertyOps.Rules.RuleSets.RuleSet>());
        Assert.Same(ChinaWorkingCalendar.Default, provider.GetRequiredService<WorkingCalendar>());
        Assert.Same(PropertyOps.Rules.Presets.FeePresets.PayBySatisfaction, provider.GetRequiredService<PropertyOps.Rules.Fees.FeeSchedule>());
        Assert.Same(PropertyOps.Rules.Presets.CardPresets.RedYellowBlueSystem, provider.GetRequiredService<PropertyOps.Rules.Cards.CardGradingPolicy>());
        Assert.Same(PropertyOps.Rules.Presets.AccountabilityPresets.CustomerServiceRegulation, provider.GetRequiredService<PropertyOps.Rules.Accountability.AccountabilityPolicy>());
        Assert.Same(PropertyOps.Rules.Presets.RetentionPresets.DocumentControlRegulation, provider.GetRequiredService<PropertyOps.Rules.Retention.RetentionSchedule>());
        Assert.Same(PropertyOps.Rules.Presets.RetentionPresets.Lending, provider.GetRequiredService<PropertyOps.Rules.Retention.LendingPolicy>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var evaluator = provider.GetRequiredService<PropertyOps.Rules.Sla.SlaEvaluator>();
        Assert.Same(evaluator, provider.GetRequiredService<PropertyOps.Rules.Sla.SlaEvaluator>());
        Assert.Equal("Asia/Shanghai", provider.GetRequiredService<PropertyOps.Rules.Retention.ArchivePolicy>().Zone.Id);
    }

    [Fact]
    public void A_rule_set_file_configures_everything_and_the_applications_clock_and_overrides_win()
    {
        var fees = PropertyOps.Rules.Presets.FeePresets.PayBySatisfaction with { Floor = 0.7m, Factors = PropertyOps.Rules.Fees.FeeFactors.Linear(0.6m, 0.7m, 0.9m) };
        using var file = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(PropertyOps.Rules.RuleSets.RuleSet.Regulation.With(fees: fees).ToJson()));
        var clock = new FixedClock(Instant.FromUtc(2026, 11, 25, 2, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        using var provider = services.AddPropertyOps(o => o.UseRuleSet(file)).BuildServiceProvider();
        Assert.Equal(0.7m, provider.GetRequiredService<PropertyOps.Rules.Fees.FeeSchedule>().Floor);
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(clock, provider.GetRequiredService<PropertyOps.Rules.Sla.SlaEvaluator>().Clock);
        var biller = provider.GetRequiredService<PropertyOps.Rules.Fees.FeeBiller>();
        Assert.Same(clock, biller.Clock);
        var flat = new PropertyOps.Domain.Fees.Household("3-2-1201", 89.6m);
        Assert.Equal(PropertyOps.Domain.Fees.Money.Yuan(250.88m), biller.BillPeriod([flat], [], PropertyOps.Domain.Fees.BillingPeriod.Month(new YearMonth(2026, 11))).Single().Payable);

        var cards = new PropertyOps.Rules.Cards.CardGradingPolicy { RewardFrom = 0.9m };
        using var overridden = new ServiceCollection().AddPropertyOps(o => o.Cards = cards).BuildServiceProvider();
        Assert.Equal(0.9m, overridden.GetRequiredService<PropertyOps.Rules.Cards.CardGradingPolicy>().RewardFrom);

        using var bad = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"schema\": \"propertyops.ruleset/9\"}"));
        Assert.Throws<PropertyOps.Rules.RuleSets.RuleSetException>(() => new ServiceCollection().AddPropertyOps(o => o.UseRuleSet(bad)));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPropertyOps((Action<PropertyOps.Rules.DependencyInjection.PropertyOpsOptions>)null!));
    }
}

/// <summary>A fixed clock for tests (NodaTime.Testing is not referenced).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
