using System;
using System.Collections.Generic;
using System.Linq;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// The one ranking of C21 (末位淘汰, 001 §3.2), shared by <see cref="YearlyAssessment"/> and
/// <see cref="Sla.ComplaintReport.BottomRanking"/> so the two can never disagree: the employees with the most valid owner
/// complaints head the list (全年业主投诉最多的员工…淘汰); among equals, more findings and sanctions, then a worse average
/// quarterly standing (an employee not reviewed is not scored as middling: they follow those whose standing is known),
/// then the employee id. Nobody without a complaint, a finding or a sanction is ever named. The top <c>size</c> are named,
/// and everyone tied with the last of them on every criterion is listed too, marked, never cut silently.
/// </summary>
internal static class StaffRanking
{
    /// <summary>What one employee's year holds against them.</summary>
    internal readonly record struct Entry(string EmployeeId, int Complaints, int Findings, int Sanctions, decimal? AverageStanding);

    /// <summary>A ranked entry: its 1-based position and whether it ties with the last name inside the size.</summary>
    internal readonly record struct Ranked(Entry Entry, int Position, bool TiedAtCut);

    public static List<Ranked> Rank(IEnumerable<Entry> entries, int size)
    {
        var ordered = entries.Where(e => e.Complaints + e.Findings + e.Sanctions > 0).ToList();
        ordered.Sort(Compare);
        var result = new List<Ranked>();
        if (ordered.Count == 0)
        {
            return result;
        }

        var cut = Math.Min(size, ordered.Count);
        var last = ordered[cut - 1];
        var tieCrossesCut = ordered.Count > cut && Same(ordered[cut], last);
        for (var i = 0; i < ordered.Count && (i < cut || Same(ordered[i], last)); i++)
        {
            result.Add(new Ranked(ordered[i], i + 1, tieCrossesCut && Same(ordered[i], last)));
        }

        return result;
    }

    // Worst first.
    private static int Compare(Entry a, Entry b)
    {
        var c = b.Complaints.CompareTo(a.Complaints);
        if (c == 0)
        {
            c = (b.Findings + b.Sanctions).CompareTo(a.Findings + a.Sanctions);
        }

        if (c == 0)
        {
            c = (b.AverageStanding ?? -1m).CompareTo(a.AverageStanding ?? -1m);
        }

        return c != 0 ? c : string.CompareOrdinal(a.EmployeeId, b.EmployeeId);
    }

    private static bool Same(Entry a, Entry b) =>
        a.Complaints == b.Complaints && a.Findings + a.Sanctions == b.Findings + b.Sanctions && a.AverageStanding == b.AverageStanding;
}
