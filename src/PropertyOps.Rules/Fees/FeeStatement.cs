using System.Collections.Immutable;
using System.Linq;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>
/// One household's management-fee bill for one quarter (F1–F3): base, rate, factor and payable fee, with lines explaining
/// how each number was reached in Chinese and English, and the fee split over the service items.
/// </summary>
/// <remarks>The explanation and the split are computed when read, so billing a whole estate formats nothing it does not show.</remarks>
public sealed class FeeStatement
{
    private readonly PeriodContext _context;
    private readonly int _row;

    // A view on household row's part of a one-quarter run of the billing pipeline (see FeeCalculator.Bill).
    internal FeeStatement(PeriodContext context, int row)
    {
        _context = context;
        _row = row;
    }

    /// <summary>The household's id.</summary>
    public string HouseholdId => _context.Home(_row).Id;

    /// <summary>The quarter billed.</summary>
    public Quarter Quarter => _context.Quarters[0];

    /// <summary>The base fee: area × unit price × 3 months, rounded to the fen.</summary>
    public Money Base => new(_context.BaseOf(_row, 0), _context.Currency);

    /// <summary>The satisfaction rate applied, or <see langword="null"/> when none was (a non-respondent paying in full or a fixed factor).</summary>
    public SatisfactionRate? Rate => _context.Decide(_row, 0).Rate;

    /// <summary>The share of the base fee payable, 0–1.</summary>
    public decimal Factor => _context.Decide(_row, 0).Factor;

    /// <summary>The fee payable, rounded to the fen.</summary>
    public Money Payable => new(_context.PayableOf(_row, 0), _context.Currency);

    /// <summary>Whether the household's survey was counted.</summary>
    public bool Responded => Book.HasRate(_row);

    /// <summary>Notes that need a clerk's attention, e.g. a late survey (F2).</summary>
    public ImmutableArray<string> Flags => _context.FlagText(Book.Flags[_row]);

    private RateBook Book => _context.Book(0)!;

    private FeeSchedule Schedule => _context.Schedule;

    /// <summary>The explanation, line by line; the amounts add up to <see cref="Payable"/>.</summary>
    public ImmutableArray<StatementLine> Lines => BuildLines();

    /// <summary>The payable fee split over the service items by weight (largest remainder: the parts add up exactly).</summary>
    public ImmutableArray<(ServiceItem Item, Money Amount)> Shares
    {
        get
        {
            var parts = Payable.Allocate(_context.Weights);
            return [.. _context.ServiceItems.Select((item, i) => (item, parts[i]))];
        }
    }

    /// <summary>Whether another statement bills the same numbers (explanations aside).</summary>
    /// <param name="other">The other statement.</param>
    /// <returns><see langword="true"/> when household, quarter, base, rate, factor and payable agree.</returns>
    public bool SameBill(FeeStatement other) =>
        other is not null && HouseholdId == other.HouseholdId && Quarter == other.Quarter && Base == other.Base && Rate == other.Rate
        && Factor == other.Factor && Payable == other.Payable;

    /// <summary>E.g. <c>3-2-1201 2026Q3: 752.64 CNY × 95% = 715.01 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{HouseholdId} {Quarter}: {Base} × {Pct(Factor)} = {Payable}";

    private ImmutableArray<StatementLine> BuildLines()
    {
        var price = Schedule.UnitPrice;
        var area = _context.Home(_row).Area;
        var (rate, factor, basis) = _context.Decide(_row, 0);
        var lines = ImmutableArray.CreateBuilder<StatementLine>();
        lines.Add(new StatementLine(
            $"基本物业费：{N(area)} m² × {N(price.Amount)} 元/m²/月 × {Quarter.Months} 个月 = {N(Base.Amount)} 元",
            $"Base fee: {N(area)} m² × {N(price.Amount)} {price.Currency}/m²/month × {Quarter.Months} months = {N(Base.Amount)} {price.Currency}",
            Base));
        if (Flags.Length > 0)
        {
            var refused = Schedule.LateSurveys == LateSurveyHandling.Refuse;
            lines.Add(new StatementLine(
                refused ? $"评分表未在规定时间发放或交回（季度前 {Schedule.WindowDays} 天发放、最后 {Schedule.WindowDays} 天交回），不予采用" : $"评分表未在规定时间发放或交回（季度前 {Schedule.WindowDays} 天发放、最后 {Schedule.WindowDays} 天交回），已采用，请核查",
                refused ? $"The survey was handed out or returned outside its window (first {Schedule.WindowDays} / last {Schedule.WindowDays} days of the quarter) and was not counted" : $"The survey was handed out or returned outside its window (first {Schedule.WindowDays} / last {Schedule.WindowDays} days of the quarter): counted; please check",
                null));
        }

        var (zh, en) = FeeText.Basis(basis, Schedule, rate, factor, Book.ResponseRate);
        lines.Add(new StatementLine(zh, en, null));
        if (rate is { } applied)
        {
            var (bandZh, bandEn) = FeeText.Band(Schedule, applied, factor);
            lines.Add(new StatementLine(bandZh, bandEn, null));
        }

        var adjustment = Payable - Base;
        lines.Add(new StatementLine(
            $"满意度调整：{N(Base.Amount)} × ({Pct(factor)} − 100%) = {N(adjustment.Amount)} 元",
            $"Satisfaction adjustment: {N(Base.Amount)} × ({Pct(factor)} − 100%) = {N(adjustment.Amount)} {price.Currency}",
            adjustment));
        return lines.ToImmutable();
    }

    private static string N(decimal value) => FeeText.N(value);

    private static string Pct(decimal fraction) => FeeText.Pct(fraction);
}
