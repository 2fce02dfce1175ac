namespace PropertyOps.Domain.Cards;

/// <summary>Whom a card judges (评价对象, K2).</summary>
public enum CardTarget : byte
{
    /// <summary>业主委员会 — the owners' committee.</summary>
    OwnersCommittee = 1,

    /// <summary>物业公司 — the property company.</summary>
    PropertyCompany = 2,
}
