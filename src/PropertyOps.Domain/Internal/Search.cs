using System;

namespace PropertyOps.Domain.Internal;

/// <summary>Allocation-free binary searches over sorted arrays (specialised by the JIT for each element type).</summary>
internal static class Search
{
    /// <summary>The number of elements of the ascending <paramref name="sorted"/> that are ≤ <paramref name="value"/>.</summary>
    public static int CountAtMost<T>(T[] sorted, T value)
        where T : struct, IComparable<T> => Bound(sorted, value, orEqual: true);

    /// <summary>The index of the first element of the ascending <paramref name="sorted"/> that is ≥ <paramref name="value"/>.</summary>
    public static int FirstAtLeast<T>(T[] sorted, T value)
        where T : struct, IComparable<T> => Bound(sorted, value, orEqual: false);

    // The first index whose element is above value (orEqual) or at least value (otherwise).
    private static int Bound<T>(T[] sorted, T value, bool orEqual)
        where T : struct, IComparable<T>
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var order = sorted[mid].CompareTo(value);
            if (order < 0 || (orEqual && order == 0))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
