using System.Collections.Immutable;
using PropertyOps.Domain.Accountability;
using PropertyOps.Rules.Accountability;

namespace PropertyOps.Rules.Presets;

/// <summary>The accountability policy of the customer-service regulation (C9, C11, C13, C21) and the periodic duties of C13.</summary>
public static class AccountabilityPresets
{
    /// <summary>
    /// Duty owners follow the regulation's steps: the receiver passes it on (C2) and notifies emergencies (C7); the front
    /// desk dispatches (C3), revisits (C6), tells the first contact (C9), investigates (C12) and calls back (C18); the
    /// department handles, reports delays, feeds back and arrives (C3, C5, C6, C19, C20); the office head escalates and
    /// reports (C7); the company leader calls the board and reports (C8); the developer's customer service verifies (C8);
    /// the office director answers for the major revisit (C8).
    /// </summary>
    /// <remarks>
    /// <para>Company settings — defaults chosen here, not numbers of the regulation: the ladder (in a quarter, 3 findings
    /// suggest a written warning, 5 a demerit, 8 a major demerit, 12 a demotion and 16 dismissal; a person decides, and
    /// first-contact failures are punished mainly by fines, 处罚以罚金为主); the 24 hours a first contact has to take a matter
    /// on or redirect it and the 30 days a head has to act on a finding (the text says only 一经发现即给予处理, "dealt with as
    /// soon as found"); the ranking size of 3 (the text says 3–5); and no categories left out of the valid-complaint rate
    /// (a company that does not count force majeure — fire, explosion, sudden power cut, flooding, a criminal case — lists
    /// them in <see cref="AccountabilityPolicy.NotCompanyFault"/>).</para>
    /// </remarks>
    public static AccountabilityPolicy CustomerServiceRegulation { get; } = new()
    {
        Owners = new System.Collections.Generic.Dictionary<string, DutyOwner>
        {
            ["C2.front-desk"] = DutyOwner.Receiver,
            ["C3.dispatch"] = DutyOwner.FrontDesk,
            ["C3.handling"] = DutyOwner.Department,
            ["C5.response"] = DutyOwner.Department,
            ["C6.feedback"] = DutyOwner.Department,
            ["C6.revisit"] = DutyOwner.FrontDesk,
            ["C7.notify"] = DutyOwner.Receiver,
            ["C7.escalate"] = DutyOwner.OfficeHead,
            ["C7.report"] = DutyOwner.OfficeHead,
            ["C8.board"] = DutyOwner.CompanyLeader,
            ["C8.report"] = DutyOwner.CompanyLeader,
            ["C8.verify"] = DutyOwner.DeveloperCustomerService,
            ["C8.revisit"] = DutyOwner.OfficeDirector,
            ["C9.first-contact"] = DutyOwner.FrontDesk,
            ["C12.same-day"] = DutyOwner.FrontDesk,
            ["C18.call-back"] = DutyOwner.FrontDesk,
            ["C19.arrival"] = DutyOwner.Department,
            ["C20.appointment"] = DutyOwner.Department,
        }.ToImmutableDictionary(System.StringComparer.Ordinal),
        Ladder =
        [
            new SanctionStep(3, SanctionKind.WrittenWarning),
            new SanctionStep(5, SanctionKind.Demerit),
            new SanctionStep(8, SanctionKind.MajorDemerit),
            new SanctionStep(12, SanctionKind.Demotion),
            new SanctionStep(16, SanctionKind.Dismissal),
        ],
        NotCompanyFault = [],
        RankingSize = 3,
    };

    /// <summary>C13: the office director visits owners at home 1–2 times a year.</summary>
    /// <param name="director">The office director's employee id.</param>
    /// <returns>The duty.</returns>
    public static PeriodicDuty DirectorHomeVisits(string director) =>
        new($"home-visits:{director}", PeriodicDutyKind.DirectorHomeVisit, director, DutyPeriod.Year, 1, 2);

    /// <summary>C13: a property officer revisits their area once a quarter.</summary>
    /// <param name="officer">The officer's employee id.</param>
    /// <param name="area">The area (e.g. building numbers).</param>
    /// <returns>The duty.</returns>
    public static PeriodicDuty AreaRevisit(string officer, string area) =>
        new($"area-revisit:{officer}", PeriodicDutyKind.AreaRevisit, officer, DutyPeriod.Quarter, area: area);

    /// <summary>C13: an owners' forum every half year.</summary>
    /// <param name="estate">The estate's code (letters, digits, '-', '_', '.').</param>
    /// <returns>The duty.</returns>
    public static PeriodicDuty OwnersForum(string estate) =>
        new($"forum:{estate}", PeriodicDutyKind.OwnersForum, estate, DutyPeriod.HalfYear);
}
