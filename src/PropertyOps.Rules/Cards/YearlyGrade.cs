using PropertyOps.Domain.Cards;

namespace PropertyOps.Rules.Cards;

/// <summary>A year's grade for one target (K6, K7), with the numbers it rests on.</summary>
/// <param name="Target">The owners' committee or the property company.</param>
/// <param name="Months">How many monthly counts it covers (at most 12).</param>
/// <param name="Cards">The cards cast for the target in the year.</param>
/// <param name="BlueShare">Blue cards over all cards, 0–1.</param>
/// <param name="YellowShare">Yellow cards over all cards, 0–1.</param>
/// <param name="RedShare">Red cards over all cards, 0–1.</param>
/// <param name="AverageTurnout">The months' average turnout, 0–1.</param>
/// <param name="Index">The index the decision follows.</param>
/// <param name="Decision">Reward, upgrade, keep, downgrade or penalty.</param>
/// <param name="SentOff">Whether the red share recommends sending the target off (罚下).</param>
/// <param name="Chinese">The explanation in Chinese.</param>
/// <param name="English">The explanation in English.</param>
public sealed record YearlyGrade(
    CardTarget Target,
    int Months,
    long Cards,
    decimal BlueShare,
    decimal YellowShare,
    decimal RedShare,
    decimal AverageTurnout,
    decimal Index,
    GradeDecision Decision,
    bool SentOff,
    string Chinese,
    string English);
