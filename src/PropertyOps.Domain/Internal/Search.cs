namespace PropertyOps.Domain.Internal;

/// <summary>Allocation-free binary searches over sorted arrays.</summary>
internal static class Search
{
    /// <summary>The number of elements of the ascending <paramref name="sorted"/> that are ≤ <paramref name="value"/>.</summary>
    public static int CountAtMost(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= value)
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

    /// <summary>The number of elements of the ascending <paramref name="sorted"/> that are ≤ <paramref name="value"/>.</summary>
    public static int CountAtMost(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= value)
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

    /// <summary>The index of the first element of the ascending <paramref name="sorted"/> that is ≥ <paramref name="value"/>.</summary>
    public static int FirstAtLeast(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
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
