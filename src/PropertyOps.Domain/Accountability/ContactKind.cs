namespace PropertyOps.Domain.Accountability;

/// <summary>What a visitor, caller or letter came about (来访、来电、来函): the first-contact rule covers them all (C9).</summary>
public enum ContactKind
{
    /// <summary>A complaint (投诉).</summary>
    Complaint = 1,

    /// <summary>An enquiry (询问).</summary>
    Enquiry = 2,

    /// <summary>A suggestion or opinion (建议、意见).</summary>
    Suggestion = 3,

    /// <summary>A request for service (报修、求助 and the like).</summary>
    Request = 4,
}
