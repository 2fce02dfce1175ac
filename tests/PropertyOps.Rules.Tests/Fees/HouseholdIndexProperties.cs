using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using PropertyOps.Domain.Fees;
using PropertyOps.Rules.Fees;

namespace PropertyOps.Rules.Tests.Fees;

[Properties(MaxTest = 300, QuietOnSuccess = true)]
public class HouseholdIndexProperties
{
    [Property]
    public void The_household_index_finds_what_a_dictionary_finds_and_refuses_the_same_repeats(int[] numbers, int[] probes)
    {
        var homes = numbers.Select(n => new Household($"H{n}", 80m)).ToList();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = homes.Where((h, i) => !rows.TryAdd(h.Id, i)).Any();
        if (repeated)
        {
            Assert.Throws<ArgumentException>(() => HouseholdIndex.Of(homes));
            return;
        }

        var index = HouseholdIndex.Of(homes);
        Assert.Equal(homes, index.Homes);
        foreach (var id in homes.Select(h => h.Id).Concat(probes.Select(p => $"H{p}")).Append("h1").Append(string.Empty))
        {
            Assert.Equal(rows.TryGetValue(id, out var expected), index.TryGetValue(id, out var row));
            Assert.Equal(rows.ContainsKey(id) ? expected : -1, row);
        }

        Assert.False(index.TryGetValue(null, out _));
    }
}
