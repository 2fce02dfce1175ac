
namespace PropertyOps.Domain.Documents;

/// <summary>One distributed copy: its distribution number, its department, who signed for it and what happened to it.</summary>
/// <param name="Number">The distribution number.</param>
/// <param name="Department">The department holding it.</param>
/// <param name="Status">Its status.</param>
/// <param name="SignedBy">The employee who signed for it in the distribution register (D5).</param>
public sealed record CopyState(int Number, string Department, CopyStatus Status, string SignedBy);
