namespace PropertyOps.Domain.Complaints;

/// <summary>How the complainant confirmed the complaint's record (由客户确认后收回存档, C14).</summary>
public enum ConfirmationMethod
{
    /// <summary>Signed the complaint form (签字确认).</summary>
    Signature = 1,

    /// <summary>Confirmed by phone (电话确认), recorded on their behalf.</summary>
    Phone = 2,

    /// <summary>Confirmed online (网上确认), e.g. in the owners' app.</summary>
    Online = 3,
}
