using PropertyOps.Domain.Accountability;

namespace PropertyOps.Rules.Accountability;

/// <summary>One rung of the sanction ladder: this many findings in the window suggest this sanction (C11).</summary>
/// <param name="Findings">The number of findings, at least 1.</param>
/// <param name="Sanction">The sanction suggested from that number on.</param>
public sealed record SanctionStep(int Findings, SanctionKind Sanction);
