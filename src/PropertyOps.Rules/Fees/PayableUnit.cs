
namespace PropertyOps.Rules.Fees;

/// <summary>The unit the payable of a statement is rounded to (抹零 when coarser than the fen).</summary>
public enum PayableUnit
{
    /// <summary>To the fen (分, 0.01 CNY).</summary>
    Fen = 1,

    /// <summary>To the jiao (角, 0.10 CNY).</summary>
    Jiao = 2,

    /// <summary>To the yuan (元, 1 CNY).</summary>
    Yuan = 3,
}
