using System;
using System.IO;
using System.Linq;
using System.Text;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.RuleSets;

namespace PropertyOps.Rules.Tests.RuleSets;

public class RuleSetExamples
{
    private static RuleSet RoundTrip(RuleSet set)
    {
        using var stream = new MemoryStream();
        set.Save(stream);
        stream.Position = 0;
        return RuleSet.Load(stream);
    }

    private static RuleSetProblem[] Problems(string json) =>
        Assert.Throws<RuleSetException>(() => RuleSet.Load(Encoding.UTF8.GetBytes(json))).Problems.ToArray();

    private static string Regulation => RuleSet.Regulation.ToJson();

    [Fact]
    public void Every_preset_exported_and_loaded_again_gives_an_equal_rule_set()
    {
        foreach (var (name, preset) in RuleSet.Presets)
        {
            var loaded = RoundTrip(preset);
            Assert.Equal(preset, loaded);
            Assert.Equal(preset.ToJson(), loaded.ToJson());
            Assert.Equal(preset.Sla.Rules.Length, loaded.Sla.Rules.Length);
            Assert.Equal(preset.Calendar.CoveredYears.ToArray(), loaded.Calendar.CoveredYears.ToArray());
            Assert.True(preset.Calendar.IsHoliday(new NodaTime.LocalDate(2026, 10, 1)) == loaded.Calendar.IsHoliday(new NodaTime.LocalDate(2026, 10, 1)), name);
        }

        Assert.NotEqual(RuleSet.Presets["regulation"], RuleSet.Presets["linear-fees"]);
        Assert.Contains("\"schema\": \"propertyops.ruleset/1\"", Regulation, StringComparison.Ordinal);
    }

    [Fact]
    public void Periodic_duties_and_overridden_parts_travel_in_the_file()
    {
        var set = RuleSet.Regulation.With(
            periodicDuties: [AccountabilityPresets.DirectorHomeVisits("D001"), AccountabilityPresets.AreaRevisit("P007", "1-3 栋"), AccountabilityPresets.OwnersForum("cuihu")],
            cards: new PropertyOps.Rules.Cards.CardGradingPolicy { RewardFrom = 0.85m },
            retention: new PropertyOps.Rules.Retention.RetentionSchedule([new PropertyOps.Rules.Retention.RetentionRule("contract", "服务合同", PropertyOps.Rules.Retention.RetentionPeriod.OfYears(5), PropertyOps.Rules.Retention.RetentionTrigger.ContractEnd)]),
            name: "翠湖花园");
        var loaded = RoundTrip(set);
        Assert.Equal(set, loaded);
        Assert.Equal(3, loaded.PeriodicDuties.Length);
        Assert.Equal(2, loaded.PeriodicDuties.Single(d => d.Id == "home-visits:D001").MaxPerPeriod);
        Assert.Equal(0.85m, loaded.Cards.RewardFrom);
        Assert.Equal(5, loaded.Retention.Rules["contract"].Period.Years);
        Assert.NotEqual(RuleSet.Regulation, loaded);
    }

    [Theory]
    [InlineData("\"name\": \"\\uD800 翠湖\"")]
    [InlineData("\"name\": \"翠湖\\uDC00\"")]
    public void An_escaped_lone_surrogate_anywhere_is_refused_with_a_RuleSetException_only(string replacement)
    {
        var json = Regulation.Replace("\"name\": \"" + RuleSet.Regulation.Name + "\"", replacement, StringComparison.Ordinal);
        Assert.NotEqual(Regulation, json);
        var problem = Assert.Single(Problems(json));
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);

        var key = Regulation.Replace("\"cards\": {", "\"cards\": { \"\\uD83D\": 1,", StringComparison.Ordinal);
        Assert.Contains("lone surrogate", Assert.Single(Problems(key)).Message, StringComparison.Ordinal);
        Assert.NotEmpty(RuleSet.Check(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void A_bad_file_lists_every_problem_with_its_path_line_and_column()
    {
        var json = Regulation
            .Replace("\"floor\": 0.80", "\"floor\": \"high\"", StringComparison.Ordinal)
            .Replace("\"rankingSize\": 3", "\"rankingSize\": 9", StringComparison.Ordinal)
            .Replace("\"firstContactWithin\": \"", "\"firstContactWithin\": \"-", StringComparison.Ordinal)
            .Replace("\"maxLoanDays\": 30", "\"maxLoanDays\": 30, \"colour\": \"red\"", StringComparison.Ordinal);
        var problems = Problems(json);
        Assert.Contains(problems, p => p.Path == "$.fees.floor" && p.Message.Contains("expected a number", StringComparison.Ordinal) && p.Line > 1 && p.Column > 1);
        Assert.Contains(problems, p => p.Path == "$.accountability.rankingSize" && p.Message.Contains("3–5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.accountability.firstContactWithin" && p.Message.Contains("positive duration", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.retention.lending.colour" && p.Message.Contains("unknown property", StringComparison.Ordinal));
        var line = json.Split('\n').Select((text, i) => (text, i)).First(p => p.text.Contains("\"floor\": \"high\"", StringComparison.Ordinal)).i + 1;
        Assert.Equal(line, problems.Single(p => p.Path == "$.fees.floor").Line);
    }

    [Theory]
    [InlineData("", "$", "empty")]
    [InlineData("{\"schema\": \"propertyops.ruleset/1\"", "$", "not well-formed")]
    [InlineData("{\"schema\": \"propertyops.ruleset/2\"}", "$.schema", "unsupported schema version")]
    [InlineData("{\"schema\": \"propertyops.ruleset/1\", \"schema\": \"propertyops.ruleset/1\"}", "$.schema", "duplicate property")]
    [InlineData("[1, 2, 3]", "$", "expected an object")]
    [InlineData("{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", "$", "levels deep")]
    public void Malformed_files_are_refused_with_a_clear_problem(string json, string path, string message)
    {
        var problem = Problems(json).First();
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unitPrice\": 2.80", "\"unitPrice\": 1e400", "$.fees.unitPrice")]
    [InlineData("\"unitPrice\": 2.80", "\"unitPrice\": 99999999999999999999999999999999", "$.fees.unitPrice")]
    [InlineData("\"windowDays\": 5", "\"windowDays\": \"five\"", "$.fees.windowDays")]
    [InlineData("\"mode\": \"PerOwner\"", "\"mode\": \"perowner\"", "$.fees.mode")]
    [InlineData("\"mode\": \"PerOwner\"", "\"mode\": \"1\"", "$.fees.mode")]
    [InlineData("\"mode\": \"PerOwner\"", "\"mode\": \"PerOwner, EstateWide\"", "$.fees.mode")]
    [InlineData("\"zone\": \"Asia/Shanghai\"", "\"zone\": \"Mars/Olympus\"", "$.calendar.zone")]
    [InlineData("\"id\": \"C2.front-desk\"", "\"id\": \"not a rule\"", "$.sla.rules[0].id")]
    [InlineData("\"from\": 0.60", "\"from\": 0.55", "$.fees.factors.tiers")]
    public void Wrong_types_huge_numbers_unknown_names_and_overlapping_tiers_are_refused(string find, string replace, string path)
    {
        var json = Regulation;
        Assert.Contains(find, json, StringComparison.Ordinal);
        var problems = Problems(ReplaceFirst(json, find, replace));
        Assert.Contains(problems, p => p.Path == path);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
