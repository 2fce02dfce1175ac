using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Domain.Tests.Hardening;

/// <summary>
/// Strict input as properties: value objects round-trip through their text, phone numbers are equal however typed, and
/// no public entry point throws outside its documented exception types over generated extremes (instants far outside
/// the supported years, decimal extremes, empty, hostile and 1 MB strings).
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 300, QuietOnSuccess = true)]
public class StrictInputProperties
{
    private static readonly WorkingCalendar China = ChinaWorkingCalendar.Default;

    [Property]
    public void D14_equal_phone_numbers_are_equal_however_typed(PhoneTyping phone)
    {
        var typed = PhoneNumber.Parse(phone.Typed);
        Assert.Equal(phone.Canonical, typed.Value);
        Assert.Equal(PhoneNumber.Parse(phone.Canonical), typed);
        Assert.Equal(PhoneNumber.Parse(phone.Canonical).GetHashCode(), typed.GetHashCode());
        Assert.DoesNotContain(phone.Canonical.Replace("-", string.Empty, StringComparison.Ordinal), typed.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public void Parse_of_format_is_the_identity_for_every_value_object(PhoneTyping phone, NonNegativeInt n)
    {
        var parsed = PhoneNumber.Parse(phone.Typed);
        Assert.Equal(parsed, PhoneNumber.Parse(parsed.Value));

        var id = ComplaintId.Parse($"TS-{n.Get}");
        Assert.Equal(id, ComplaintId.Parse(id.ToString()));

        var rule = RuleId.Parse($"{"CFKD"[n.Get % 4]}{n.Get % 99 + 1}.part-{n.Get % 7}");
        Assert.Equal(rule, RuleId.Parse(rule.ToString()));

        foreach (var department in new[] { Department.Engineering, Department.Security, Department.Cleaning, Department.Landscaping, Department.CustomerService, Department.Finance, Department.Custom($"外包{n.Get}") })
        {
            Assert.Equal(department, Department.Parse(department.ToString()));
        }

        var name = PersonName.Of($"张{n.Get % 1000}");
        Assert.Equal(name, PersonName.Of(name.Value));
        var unit = UnitAddress.Of($"{n.Get % 30}栋{n.Get % 9 + 1}单元");
        Assert.Equal(unit, UnitAddress.Of(unit.Value));
        var span = new WorkingSpan(LocalTime.FromMinutesSinceMidnight(n.Get % 600), LocalTime.FromMinutesSinceMidnight(600 + (n.Get % 600)));
        Assert.Equal(span, WorkingSpan.Parse(span.ToString()));
        var quarter = new Quarter(1900 + (n.Get % 250), (n.Get % 4) + 1);
        Assert.Equal(quarter, Quarter.Of(quarter.Start));
    }

    [Property]
    public void D14_an_excerpt_is_short_and_never_shows_a_phone_number(string? text, PhoneTyping phone)
    {
        foreach (var value in new[] { text, phone.Canonical, "A" + phone.Canonical + "B", text + phone.Canonical })
        {
            var excerpt = Redaction.Excerpt(value);
            Assert.True(excerpt.Length <= Redaction.MaxExcerptLength + 1, excerpt);
            Assert.DoesNotMatch("[0-9]{5}", excerpt);
            Assert.DoesNotContain(excerpt, c => char.IsControl(c));
        }
    }

    [Property(MaxTest = 500)]
    public void No_public_entry_point_throws_outside_its_documented_exception_types(Extremes x)
    {
        var date = new LocalDate(2026, 1, 1);
        Check<ArgumentException>(() => China.AddWorkingTime(x.Instant, Duration.FromHours(2)));
        Check<ArgumentException>(() => China.AddWorkingTime(x.Instant, Duration.FromDays(x.Number)));
        Check<ArgumentException>(() => China.WorkingTimeBetween(x.Instant, x.Other));
        Check<ArgumentException>(() => China.AddWorkingDays(x.Instant, x.Number));
        Check<ArgumentException>(() => China.EndOfWorkingDay(x.Instant));
        Check<ArgumentException>(() => China.NextWorkingInstant(x.Instant));
        Check<ArgumentException>(() => China.PreviousWorkingInstant(x.Instant));
        Check<ArgumentException>(() => China.IsWorkingTime(x.Instant));
        Check<ArgumentException>(() => China.Due(x.Instant, Allowance.Elapsed(Duration.FromHours(24))));
        Check<ArgumentException>(() => China.Due(x.Instant, Allowance.EndOfWorkingDay));
        Check<ArgumentException>(() => China.Due(x.Instant, Allowance.WorkingDays(x.Number)));
        Check<ArgumentException>(() => China.IsWorkingDay(date.PlusDays(x.Number % 100_000)));
        Check<ArgumentException>(() => China.CloseOfBusiness(x.Instant.InUtc().Date));
        Check<ArgumentException>(() => China.NextWorkingDay(x.Instant.InUtc().Date));
        Check<ArgumentException>(() => Allowance.WorkingDays(x.Number));

        Check<ArgumentException>(() => Money.Yuan(x.Amount));
        Check<ArgumentException>(() => Money.Yuan(x.Amount % 1_000_000_000_000_000m) * x.Factor);
        Check<ArgumentException>(() => Money.Yuan(x.Amount % 1_000_000_000_000_000m) + Money.Yuan(x.Factor % 1_000_000_000_000_000m));
        Check<ArgumentException>(() => Money.Yuan(100m).Allocate([x.Amount, x.Factor]));
        Check<ArgumentException>(() => Money.Yuan(Math.Round(x.Amount % 1_000_000_000_000_000m, 2)).Allocate([1m, 2m, x.Factor]));
        Check<ArgumentException>(() => new Money(x.Amount, x.Text));
        Check<ArgumentException>(() => new SatisfactionRate(x.Amount));
        Check<ArgumentException>(() => SatisfactionRate.FromPercent(x.Amount));
        Check<ArgumentException>(() => new Quarter(x.Number, x.Number).ToInterval(China.Zone));
        Check<ArgumentException>(() => new Quarter(2149, 4).ToInterval(China.Zone));

        Check<ArgumentException>(() => PhoneNumber.Parse(x.Text));
        Check<ArgumentException>(() => PersonName.Of(x.Text));
        Check<ArgumentException>(() => UnitAddress.Of(x.Text));
        Check<ArgumentException>(() => ComplaintId.Parse(x.Text));
        Check<ArgumentException>(() => RuleId.Parse(x.Text));
        Check<ArgumentException>(() => Department.Parse(x.Text));
        Check<ArgumentException>(() => WorkingSpan.Parse(x.Text));
        Check<ArgumentException>(() => new Actor(x.Text, ActorRole.Staff));
        Check<ArgumentException>(() => new Actor("E1", (ActorRole)x.Number));
        Check<ArgumentException>(() => Complaint.Decide(Receive(x), Complaint.Initial));
        Check<FormatException>(() => HolidayArrangement.FromHolidayCnJson(System.Text.Encoding.UTF8.GetBytes(x.Text)));
    }

    [Property]
    public void Validators_refuse_line_breaks_control_characters_and_unpaired_surrogates_in_names(NonNegativeInt at, char bad)
    {
        if (!(char.IsControl(bad) || char.IsSurrogate(bad)))
        {
            return;
        }

        var text = "张伟".Insert(at.Get % 3, bad.ToString());
        Assert.Throws<ArgumentException>(() => PersonName.Of(text));
        Assert.Throws<ArgumentException>(() => UnitAddress.Of(text));
        Assert.Throws<ArgumentException>(() => ComplaintId.Parse(text));
        Assert.Throws<ArgumentException>(() => Department.Custom(text));
    }

    private static ReceiveComplaint Receive(Extremes x) => new(
        x.Instant,
        new Actor("E1", ActorRole.Staff),
        ComplaintId.Parse("TS-1"),
        Complainant.Of("张伟", "1栋101", "13812345678"),
        x.Text,
        Channel.Phone,
        ComplaintCategory.RenovationNoise,
        x.Number);

    // Runs one call: it returns, or throws T (or a subtype, e.g. ArgumentOutOfRangeException for ArgumentException);
    // an OverflowException, NullReferenceException, InvalidOperationException or anything else is a failure.
    private static void Check<T>(Func<object?> call)
        where T : Exception
    {
        try
        {
            call();
        }
        catch (Exception e) when (e is T)
        {
            Assert.True(e.Message.Length < 400, $"The message is {e.Message.Length} characters long: {Redaction.Excerpt(e.Message)}");
        }
    }
}
