namespace PropertyOps.Rules.Accountability;

/// <summary>Who owns a timed duty, for attributing its breach (C9, C11).</summary>
public enum DutyOwner
{
    /// <summary>The employee who received the complaint (the first contact).</summary>
    Receiver = 1,

    /// <summary>The customer-centre front desk: the clerk who registered or dispatched it in that cycle.</summary>
    FrontDesk = 2,

    /// <summary>The department the cycle dispatched or notified: its head answers for an undone duty.</summary>
    Department = 3,

    /// <summary>The management-office head.</summary>
    OfficeHead = 4,

    /// <summary>The company leader.</summary>
    CompanyLeader = 5,

    /// <summary>The developer's customer-service department.</summary>
    DeveloperCustomerService = 6,

    /// <summary>The office director.</summary>
    OfficeDirector = 7,
}
