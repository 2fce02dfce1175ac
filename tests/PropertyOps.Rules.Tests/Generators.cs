using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace PropertyOps.Rules.Tests;

/// <summary>One generated step of a complaint's life: which command to try, its parameters and when.</summary>
/// <param name="Choice">Picks the command: mostly one the lifecycle expects next, sometimes any at all.</param>
/// <param name="Parameter">Drives the command's parameters (class, channel, role, satisfaction …).</param>
/// <param name="MinutesLater">How long after the previous step it happens.</param>
/// <param name="Backdated">Whether it is dated before the latest record (must be refused).</param>
public sealed record ComplaintStep(int Choice, int Parameter, int MinutesLater, bool Backdated);

/// <summary>A generated sequence of steps.</summary>
/// <param name="Steps">The steps.</param>
public sealed record ComplaintScript(ImmutableArray<ComplaintStep> Steps)
{
    public override string ToString() => string.Join(" ", Steps.Select(s => $"({s.Choice},{s.Parameter},+{s.MinutesLater}{(s.Backdated ? ",back" : "")})"));
}

/// <summary>The FsCheck arbitraries of this test project, registered once by <see cref="RulesPropertyAttribute"/>.</summary>
public static class Arbitraries
{
    public static Gen<ComplaintStep> Steps() =>
        from choice in Gen.Choose(0, 99)
        from parameter in Gen.Choose(0, 9_999)
        from minutes in Gen.Frequency((6, Gen.Choose(1, 30)), (3, Gen.Choose(30, 600)), (1, Gen.Choose(600, 4_000)))
        from backdated in Gen.Frequency((19, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new ComplaintStep(choice, parameter, minutes, backdated);

    public static Arbitrary<ComplaintScript> ComplaintScript() =>
        Arb.From(
            from length in Gen.Choose(1, 45)
            from steps in Gen.ListOf(Steps(), length)
            select new ComplaintScript([.. steps]),
            Shrink);

    private static IEnumerable<ComplaintScript> Shrink(ComplaintScript script)
    {
        if (script.Steps.Length > 1)
        {
            yield return script with { Steps = script.Steps[..(script.Steps.Length / 2)] };
        }

        for (var i = script.Steps.Length - 1; i >= 0; i--)
        {
            yield return script with { Steps = script.Steps.RemoveAt(i) };
        }
    }
}

/// <summary>The project-wide property attribute: registers <see cref="Arbitraries"/>.</summary>
public sealed class RulesPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    public RulesPropertyAttribute()
    {
        Arbitrary = [typeof(Arbitraries)];
        MaxTest = 200;
        QuietOnSuccess = true;
    }
}
