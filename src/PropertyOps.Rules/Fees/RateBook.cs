using System;
using System.Buffers;
using System.Collections.Generic;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Fees;

namespace PropertyOps.Rules.Fees;

/// <summary>One quarter's surveys: each household's counted rate and F2 flags, the estate rate and the response.</summary>
internal sealed class RateBook
{
    private const byte Early = 2;
    private const byte Late = 1;
    private const byte HandOut = 3;
    private const byte LateAndHandOut = 4;
    private const byte EarlyAndHandOut = 5;

    private readonly Instant _collectionStart;
    private readonly Instant _collectionEnd;
    private readonly Instant _handOutStart;
    private readonly Instant _handOutEnd;
    private int[] _seen; // rented while the surveys are recorded (ReleaseClaims hands it back)

    private readonly FactorTable _factors;
    private decimal _averageFactor = 1m;

    public RateBook(Quarter quarter, FeeSchedule schedule, DateTimeZone zone, int households, FactorTable factors)
    {
        _factors = factors;
        Quarter = quarter;
        var collection = quarter.CollectionWindow(schedule.WindowDays);
        _collectionStart = zone.AtStartOfDay(collection.Start).ToInstant();
        _collectionEnd = zone.AtStartOfDay(collection.End.PlusDays(1)).ToInstant();
        var handOut = quarter.HandOutWindow(schedule.WindowDays);
        _handOutStart = zone.AtStartOfDay(handOut.Start).ToInstant();
        _handOutEnd = zone.AtStartOfDay(handOut.End.PlusDays(1)).ToInstant();
        _rates = new long[households];
        Flags = new byte[households];
        _seen = ArrayPool<int>.Shared.Rent(households);
        Array.Clear(_seen, 0, households);
    }

    public Quarter Quarter { get; }

    // Each household's counted rate, packed into a long (0: none; else 1 + (mantissa << 5 | scale)): a published rate has at
    // most ten decimal places of a fraction 0–1, so its mantissa is at most 10¹⁰. A third of the memory of an array of
    // SatisfactionRate? — for a large estate, less on the large-object heap for each bill.
    private readonly long[] _rates;

    public bool HasRate(int h) => _rates[h] != 0;

    public SatisfactionRate? RateOf(int h) => _rates[h] is var packed && packed != 0
        ? new SatisfactionRate(DecimalParts.Join((packed - 1) >> 5, (int)((packed - 1) & 31)))
        : null;

    private static long Pack(SatisfactionRate rate) =>
        DecimalParts.TrySplit(rate.Fraction, 1L << 57, out var mantissa, out var scale)
            ? 1 + ((mantissa << 5) | (long)scale)
            : throw new InvalidOperationException("A published rate has at most ten decimal places.");

    public byte[] Flags { get; }

    public SatisfactionRate? Average { get; private set; }

    public decimal ResponseRate { get; private set; }

    public bool BelowMinimum { get; private set; }

    // Claims a household's slot for its one survey of the quarter; false when another survey holds it (thread-safe).
    public bool TryClaim(int h) => System.Threading.Interlocked.Exchange(ref _seen[h], 1) == 0;

    // Hands back the claims table once every survey is recorded; the book only reads rates and flags afterwards.
    public void ReleaseClaims()
    {
        if (_seen.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_seen);
            _seen = [];
        }
    }

    public void Clear()
    {
        Array.Clear(_seen);
        Array.Clear(_rates);
        Array.Clear(Flags);
    }

    public void CheckFirst(int h, SatisfactionSurvey survey)
    {
        if (_seen[h] != 0)
        {
            throw new RuleViolationException(new RuleViolation(FeeCalculator.F1, $"Household {Redaction.Mask(survey.HouseholdId)} returned two surveys for {Quarter}; one survey per household per quarter."));
        }

        _seen[h] = 1;
    }

    // F2: returned outside the collection window (early or late), or handed out outside the first days.
    public byte FlagsOf(SatisfactionSurvey survey)
    {
        var early = survey.ReturnedAt < _collectionStart;
        var handOutLate = survey.HandedOutAt < _handOutStart || survey.HandedOutAt >= _handOutEnd;
        return early ? (handOutLate ? EarlyAndHandOut : Early) : survey.ReturnedAt >= _collectionEnd ? (handOutLate ? LateAndHandOut : Late) : handOutLate ? HandOut : (byte)0;
    }

    public void Record(int h, SatisfactionRate rate, byte flags, FeeSchedule schedule)
    {
        Flags[h] = flags;
        if (flags == 0 || schedule.LateSurveys == LateSurveyHandling.Flag)
        {
            _rates[h] = Pack(rate);
        }
    }

    // The estate rate: respondents' rates weighted by area (or one each), rounded like any rate; and the response.
    public void Close(List<Household> homes, FeeSchedule schedule)
    {
        decimal sum = 0;
        decimal weight = 0;
        var respondents = 0;
        var byArea = schedule.EstateWeighting == EstateWeighting.ByArea;
        var averaged = schedule.Mode == BillingMode.EstateWide || schedule.NonRespondents == NonRespondentRule.EstateAverage;
        for (var h = 0; h < _rates.Length; h++)
        {
            if (!averaged)
            {
                respondents += _rates[h] == 0 ? 0 : 1;
                continue;
            }

            if (RateOf(h) is { } r)
            {
                var w = byArea ? homes[h].Area : 1m;
                sum += r.Fraction * w;
                weight += w;
                respondents++;
            }
        }

        Average = respondents == 0 || !averaged ? null
            : FeeCalculator.Published(new SatisfactionRate(Math.Clamp(Math.Round(sum / weight, FeeCalculator.RateDecimals, MidpointRounding.AwayFromZero), 0, 1)), schedule);
        ResponseRate = _rates.Length == 0 ? 0 : Math.Round((decimal)respondents / _rates.Length, FeeCalculator.RateDecimals, MidpointRounding.AwayFromZero);
        BelowMinimum = schedule.Mode == BillingMode.EstateWide && respondents < schedule.MinimumResponseRate * _rates.Length;
        _averageFactor = Average is { } average ? _factors.For(average) : 1m;
    }

    // The factor alone, as Decide gives it, without building the rest.
    public decimal FactorOf(int h, FeeSchedule schedule) =>
        schedule.Mode == BillingMode.PerOwner && _rates[h] is var packed && packed != 0
            ? _factors.For((packed - 1) >> 5, (int)((packed - 1) & 31))
            : Decide(h, schedule).Factor;

    public (SatisfactionRate? Rate, decimal Factor, FeeBasis Basis) Decide(int h, FeeSchedule schedule) => (schedule.Mode, RateOf(h), Average) switch
    {
        (BillingMode.EstateWide, _, _) when BelowMinimum => (null, schedule.BelowMinimumResponseFactor, FeeBasis.BelowMinimumResponse),
        (BillingMode.EstateWide, _, { } estate) => (estate, _averageFactor, FeeBasis.EstateRate),
        (BillingMode.PerOwner, { } own, _) => (own, _factors.For(own), FeeBasis.OwnRate),
        _ => schedule.NonRespondents switch
        {
            NonRespondentRule.EstateAverage when Average is { } avg => ((SatisfactionRate?)avg, _averageFactor, FeeBasis.EstateAverageForNonRespondent),
            NonRespondentRule.FixedFactor => (null, schedule.NonRespondentFactor, FeeBasis.FixedFactor),
            _ => ((SatisfactionRate?)null, 1m, FeeBasis.InFull),
        },
    };
}
