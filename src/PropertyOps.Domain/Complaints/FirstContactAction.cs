namespace PropertyOps.Domain.Complaints;

/// <summary>What the first employee contacted did with the matter (首问责任制, C9).</summary>
public enum FirstContactAction
{
    /// <summary>Took the matter on (受理).</summary>
    Accepted = 1,

    /// <summary>Redirected the visitor to the responsible person or department (告知…责任人); the record names who.</summary>
    Redirected = 2,
}
