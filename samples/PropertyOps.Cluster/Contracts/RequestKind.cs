using PropertyOps.Domain.Complaints;

namespace PropertyOps.Cluster.Contracts;

/// <summary>What a request asks of a complaint: the commands a front desk's client sends in the demo and the tests.</summary>
public enum RequestKind
{
    /// <summary><see cref="ReceiveComplaint"/> (C1).</summary>
    Receive = 1,

    /// <summary><see cref="RegisterAtFrontDesk"/> (C2).</summary>
    Register,

    /// <summary><see cref="AssessComplaint"/> (C3): <see cref="ComplaintRequest.Number"/> is the class, <see cref="ComplaintRequest.Time"/> the deadline.</summary>
    Assess,

    /// <summary><see cref="DispatchToDepartment"/> (C3) to engineering.</summary>
    Dispatch,

    /// <summary><see cref="ResolveComplaint"/>: <see cref="ComplaintRequest.Text"/> is the outcome.</summary>
    Resolve,

    /// <summary><see cref="GiveFeedbackToFrontDesk"/> (C6).</summary>
    Feedback,

    /// <summary><see cref="InformFirstContact"/> (C9).</summary>
    InformFirstContact,

    /// <summary><see cref="RevisitComplainant"/> (C6): <see cref="ComplaintRequest.Flag"/> is whether the complainant is satisfied.</summary>
    Revisit,

    /// <summary><see cref="ConfirmRecord"/> (C14) by phone.</summary>
    ConfirmRecord,

    /// <summary><see cref="CloseComplaint"/>.</summary>
    Close,
}
