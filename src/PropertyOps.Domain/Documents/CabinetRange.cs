using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Documents;

/// <summary>A cabinet and the index range labelled on it (D4: "在档案柜上贴好存放文件的索引号范围").</summary>
/// <param name="Label">The cabinet's label, e.g. <c>办公室 3 号柜</c>.</param>
/// <param name="First">The first index number it holds.</param>
/// <param name="Last">The last index number it holds (not before <paramref name="First"/>).</param>
public sealed record CabinetRange(string Label, IndexNumber First, IndexNumber Last)
{
    /// <summary>The label.</summary>
    public string Label { get; } = Preconditions.CheckText(Label, 50);

    /// <summary>The first index number.</summary>
    public IndexNumber First { get; } = First.IsEmpty ? throw new ArgumentException("A cabinet range needs a first index number.", nameof(First)) : First;

    /// <summary>The last index number.</summary>
    public IndexNumber Last { get; } = Last.IsEmpty || Last < First ? throw new ArgumentException("A cabinet range ends at or after its first index number.", nameof(Last)) : Last;

    /// <summary>Whether the cabinet holds an index number.</summary>
    /// <param name="index">The index number.</param>
    /// <returns><see langword="true"/> when it lies in the range.</returns>
    public bool Contains(IndexNumber index) => index >= First && index <= Last;

    /// <summary>E.g. <c>办公室 3 号柜: 1-3.1-01 … 1-3.40-12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Label}: {First} … {Last}";
}
