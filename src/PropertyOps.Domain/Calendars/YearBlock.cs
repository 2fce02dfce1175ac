using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Calendars;

/// <summary>
/// The precomputed working periods of one local calendar year, as nanoseconds since the Unix epoch.
/// Periods are sorted, non-overlapping and non-empty; <see cref="CumulativeEnds"/>[i] is the working time
/// in the year up to the end of period i, so both directions of the working-time mapping are one binary
/// search each.
/// </summary>
internal sealed class YearBlock
{
    public YearBlock(long[] starts, long[] ends, long[] cumulativeEnds, int[] workingDays, long[] closings)
    {
        Starts = starts;
        Ends = ends;
        CumulativeEnds = cumulativeEnds;
        WorkingDays = workingDays;
        Closings = closings;
        Total = cumulativeEnds.Length == 0 ? 0 : cumulativeEnds[^1];
    }

    public long[] Starts { get; }

    public long[] Ends { get; }

    public long[] CumulativeEnds { get; }

    /// <summary>Day-of-year (1-based) of every working day, ascending.</summary>
    public int[] WorkingDays { get; }

    /// <summary>Close of business of each working day in <see cref="WorkingDays"/>.</summary>
    public long[] Closings { get; }

    public long Total { get; }

    /// <summary>Working time in the year before <paramref name="t"/>.</summary>
    public long WorkingTimeBefore(long t)
    {
        var k = Search.CountAtMost(Starts, t) - 1;
        if (k < 0)
        {
            return 0;
        }

        var end = Ends[k];
        return t >= end ? CumulativeEnds[k] : CumulativeEnds[k] - (end - t);
    }
}
