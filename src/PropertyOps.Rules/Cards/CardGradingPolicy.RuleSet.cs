using System.Linq;
using System.Text.Json;
using PropertyOps.Rules.Cards;

namespace PropertyOps.Rules.RuleSets;

// The card grading policy: how the rule-set file reads and writes this area (schema "propertyops.ruleset/1"); a new setting of the
// area touches this file only. The shared strict walker (positions, duplicate keys, depth) is RuleSetReader.Walk.
internal static partial class RuleSetReader
{
    private static CardGradingPolicy? Cards(Walk walk, JsonElement e, string path)
    {
        string[] names = ["blueWeight", "yellowWeight", "redWeight", "rewardFrom", "upgradeFrom", "keepFrom", "downgradeFrom", "sentOffRedShare"];
        if (!walk.Object(e, path, names, ["minimumTurnout"]))
        {
            return null;
        }

        var values = names.Select(n => walk.Decimal(e, path, n, -100, 100)).ToArray();
        var turnout = e.TryGetProperty("minimumTurnout", out _) ? walk.Decimal(e, path, "minimumTurnout", 0, 1) : new CardGradingPolicy().MinimumTurnout;
        if (values.Any(v => v is null) || turnout is null)
        {
            return null;
        }

        return walk.Try(path, () =>
        {
            var policy = new CardGradingPolicy
            {
                BlueWeight = values[0]!.Value, YellowWeight = values[1]!.Value, RedWeight = values[2]!.Value, RewardFrom = values[3]!.Value,
                UpgradeFrom = values[4]!.Value, KeepFrom = values[5]!.Value, DowngradeFrom = values[6]!.Value, SentOffRedShare = values[7]!.Value,
                MinimumTurnout = turnout.Value,
            };
            policy.Validate();
            return policy;
        });
    }
}

internal static partial class RuleSetWriter
{
    private static void Cards(Utf8JsonWriter w, RuleSet set)
    {
        var c = set.Cards;
        w.WriteStartObject("cards");
        w.WriteNumber("blueWeight", c.BlueWeight);
        w.WriteNumber("yellowWeight", c.YellowWeight);
        w.WriteNumber("redWeight", c.RedWeight);
        w.WriteNumber("rewardFrom", c.RewardFrom);
        w.WriteNumber("upgradeFrom", c.UpgradeFrom);
        w.WriteNumber("keepFrom", c.KeepFrom);
        w.WriteNumber("downgradeFrom", c.DowngradeFrom);
        w.WriteNumber("sentOffRedShare", c.SentOffRedShare);
        w.WriteNumber("minimumTurnout", c.MinimumTurnout);
        w.WriteEndObject();
    }
}
