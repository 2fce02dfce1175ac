namespace PropertyOps.Domain.Cards;

/// <summary>Why an owner could not vote in time and may make up the ballot (补填, K4).</summary>
public enum AbsenceReason
{
    /// <summary>出国 — abroad.</summary>
    Abroad = 1,

    /// <summary>出差 — on a business trip.</summary>
    BusinessTrip = 2,
}
