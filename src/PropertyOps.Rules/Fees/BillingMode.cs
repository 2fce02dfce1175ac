namespace PropertyOps.Rules.Fees;

/// <summary>Whose rate sets an owner's fee.</summary>
public enum BillingMode
{
    /// <summary>Each owner pays by their own satisfaction rate.</summary>
    PerOwner = 1,

    /// <summary>Everyone pays by one estate rate: the average rate of all returned surveys.</summary>
    EstateWide = 2,
}
