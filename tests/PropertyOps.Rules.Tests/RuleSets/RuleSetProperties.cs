using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PropertyOps.Rules.RuleSets;

namespace PropertyOps.Rules.Tests.RuleSets;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 150, QuietOnSuccess = true)]
public class RuleSetProperties
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(RuleSet.Regulation.ToJson());

    [Property]
    public Property Byte_and_token_mutations_of_a_valid_file_never_crash_the_loader() =>
        Prop.ForAll(Arbitraries.RuleSetMutations(Valid.Length).ToArbitrary(), mutations =>
        {
            var bytes = Arbitraries.Mutate(Valid, mutations);
            try
            {
                var loaded = RuleSet.Load(bytes);
                Assert.Equal(loaded, RuleSet.Load(Encoding.UTF8.GetBytes(loaded.ToJson())));
            }
            catch (RuleSetException e)
            {
                Assert.NotEmpty(e.Problems);
                Assert.All(e.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
                Assert.All(e.Problems, p => Assert.True(p.Line >= 0 && p.Column >= 0));
                Assert.Equal(e.Problems.ToArray(), RuleSet.Check(bytes).ToArray());
            }
        });
}
