using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Rules.Accountability;

/// <summary>
/// Holds people to account (首问追究制, C9; sanctions, C11): findings from breached deadlines and first contacts, findings
/// against heads who did not act, and the sanction the ladder suggests. Pure: the same inputs give the same findings.
/// </summary>
public static class StaffAccountability
{
    private static readonly RuleId C9 = RuleId.Parse("C9");
    private static readonly RuleId C11 = RuleId.Parse("C11");

    /// <summary>
    /// Attributes every breached or late deadline of one complaint to the one employee or role that owned the duty then
    /// (<see cref="AccountabilityPolicy.Owners"/>): a duty done late is the doer's; an undone duty is the owner's — the
    /// receiver, the front desk clerk of that cycle, or the head of the department the cycle was dispatched to (or the
    /// office head, company leader, developer's customer service or office director by role). One finding per breach.
    /// </summary>
    /// <param name="evaluation">The complaint's deadlines (<see cref="SlaEngine.Evaluate(IReadOnlyList{ComplaintEvent}, SlaPolicy, Domain.Calendars.WorkingCalendar, Instant)"/>).</param>
    /// <param name="events">The complaint's events it was evaluated from.</param>
    /// <param name="policy">The accountability policy.</param>
    /// <returns>The findings, in the evaluation's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The history does not start with a receipt.</exception>
    /// <remarks>Rules C9, C11.</remarks>
    public static ImmutableArray<Finding> Attribute(SlaEvaluation evaluation, IReadOnlyList<ComplaintEvent> events, AccountabilityPolicy policy)
    {
        Guard.Against.Null(evaluation);
        Guard.Against.Null(events);
        Guard.Against.Null(policy);
        if (events.Count == 0 || events[0] is not ComplaintReceived received)
        {
            throw new ArgumentException("The history must start with ComplaintReceived.", nameof(events));
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var result in evaluation)
        {
            if (result.Status is not (DeadlineStatus.Breached or DeadlineStatus.MetLate))
            {
                continue;
            }

            var owner = policy.Owners.TryGetValue(result.Rule.Value, out var o) ? o : DutyOwner.FrontDesk;
            var cycle = CycleEvents(events, result.Cycle);
            var (employee, role, department) = result.Status == DeadlineStatus.MetLate && owner != DutyOwner.Receiver
                ? Doer(cycle, result.StoppedAt!.Value, owner)
                : Owner(received, cycle, owner);
            findings.Add(new Finding(
                $"{received.ComplaintId}:{result.Rule}:{result.Cycle}",
                result.Status == DeadlineStatus.Breached ? FindingKind.DutyBreached : FindingKind.DutyLate,
                result.Rule,
                received.ComplaintId,
                employee,
                role,
                department,
                result.DueAt,
                result.Overdue,
                result.Cycle));
        }

        return findings.ToImmutable();
    }

    /// <summary>
    /// The first contact's accountability for a complaint (首问追究制, C9): the complaint is the contact, its receiver the
    /// first contact, and passing it to the front desk counts as taking it on; see <see cref="FirstContactFindings(Contact, Instant, AccountabilityPolicy)"/>.
    /// </summary>
    /// <param name="events">The complaint's events.</param>
    /// <param name="now">The instant to judge at.</param>
    /// <param name="policy">The accountability policy.</param>
    /// <returns>The findings (none, or one against the first contact).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The history does not start with a receipt.</exception>
    /// <remarks>Rule C9 (002 篇2 §8; 001 §2.1.1).</remarks>
    public static ImmutableArray<Finding> FirstContactFindings(IReadOnlyList<ComplaintEvent> events, Instant now, AccountabilityPolicy policy)
    {
        Guard.Against.Null(events);
        Guard.Against.Null(policy);
        if (events.Count == 0 || events[0] is not ComplaintReceived received)
        {
            throw new ArgumentException("The history must start with ComplaintReceived.", nameof(events));
        }

        ContactResponse? response = null;
        foreach (var e in events)
        {
            if (e.At > now)
            {
                break;
            }

            if (e is FirstContactResponded r)
            {
                response = new ContactResponse(r.Action, r.At, r.NamedResponsible);
                break;
            }

            if (e is RegisteredAtFrontDesk)
            {
                response ??= new ContactResponse(FirstContactAction.Accepted, e.At);
            }
        }

        var contact = new Contact(received.ComplaintId.Value, ContactKind.Complaint, received.Channel, received.At, received.Actor, response);
        return Judge(contact, received.ComplaintId, now, policy);
    }

    /// <summary>
    /// The first contact's accountability for any contact — a visit, call or letter about a complaint, an enquiry, a
    /// suggestion or a request (来访、来电、来函, 首问追究制, C9): a finding against the employee first asked when they redirected
    /// the visitor without naming the responsible person or department, or neither took the matter on nor redirected it
    /// within <see cref="AccountabilityPolicy.FirstContactWithin"/> (a company setting: the text says 一经发现即给予处理).
    /// </summary>
    /// <param name="contact">The contact.</param>
    /// <param name="now">The instant to judge at (a response recorded after it does not count yet).</param>
    /// <param name="policy">The accountability policy.</param>
    /// <returns>The findings (none, or one against the first contact).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Rule C9 (001 §2.1.1).</remarks>
    public static ImmutableArray<Finding> FirstContactFindings(Contact contact, Instant now, AccountabilityPolicy policy)
    {
        Guard.Against.Null(contact);
        Guard.Against.Null(policy);
        return Judge(contact, null, now, policy);
    }

    private static ImmutableArray<Finding> Judge(Contact contact, ComplaintId? complaint, Instant now, AccountabilityPolicy policy)
    {
        var response = contact.Response is { } r && r.At <= now ? r : null;
        var firstContact = contact.FirstContact;
        if (response is { Action: FirstContactAction.Redirected, NamedResponsible: null })
        {
            return [new Finding($"{contact.Id}:C9:redirect", FindingKind.FirstContactRedirectUnnamed, C9, complaint, firstContact.Id, firstContact.Role, null, response.At, null)];
        }

        var due = contact.At + policy.FirstContactWithin;
        if (response is null && now > due)
        {
            return [new Finding($"{contact.Id}:C9:ignored", FindingKind.FirstContactIgnored, C9, complaint, firstContact.Id, firstContact.Role, null, due, now - due)];
        }

        return [];
    }

    /// <summary>
    /// Findings against heads who did not act (处理首问责任人的同时，处罚责任人): every finding against an employee that no
    /// standing sanction — a fine (罚金) as much as any other — cites within <see cref="AccountabilityPolicy.HeadActsWithin"/>
    /// of its due instant gives a finding against the head of the employee's department (from <paramref name="heads"/>; by
    /// role when the head is not known). The window is a company setting (30 days by default; the text says
    /// 一经发现即给予处理, "dealt with as soon as found").
    /// </summary>
    /// <param name="findings">The findings against staff.</param>
    /// <param name="ledger">The staff ledger (roster and sanctions).</param>
    /// <param name="heads">Each department's head: department → employee id.</param>
    /// <param name="asOf">The instant to judge at.</param>
    /// <param name="policy">The accountability policy.</param>
    /// <returns>The findings against heads.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Rules C9, C11.</remarks>
    public static ImmutableArray<Finding> UnactedFindings(IEnumerable<Finding> findings, LedgerState ledger, IReadOnlyDictionary<string, string> heads, Instant asOf, AccountabilityPolicy policy)
    {
        Guard.Against.Null(findings);
        Guard.Against.Null(ledger);
        Guard.Against.Null(heads);
        Guard.Against.Null(policy);
        // Each finding id → the earliest standing sanction citing it, as of the judgement.
        var citedAt = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var sanction in ledger.Records.OfType<SanctionRecorded>())
        {
            if (ledger.Revoked.Contains(sanction.RecordId) || sanction.At > asOf)
            {
                continue;
            }

            foreach (var id in sanction.FindingIds)
            {
                citedAt[id] = citedAt.TryGetValue(id, out var earlier) && earlier <= sanction.At ? earlier : sanction.At;
            }
        }

        var result = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            if (finding.EmployeeId is not { } employee || finding.Kind is FindingKind.HeadDidNotAct or FindingKind.ReviewMissing
                || finding.DueAt is not { } due || asOf <= due + policy.HeadActsWithin
                || (citedAt.TryGetValue(finding.Id, out var sanctioned) && sanctioned <= due + policy.HeadActsWithin))
            {
                continue;
            }

            var department = ledger.Employees.TryGetValue(employee, out var d) ? d : null;
            var head = department is not null && heads.TryGetValue(department, out var h) ? h : null;
            if (head == employee)
            {
                continue;
            }

            result.Add(new Finding($"{finding.Id}:head", FindingKind.HeadDidNotAct, C11, finding.ComplaintId, head, ActorRole.DepartmentHead, department, due + policy.HeadActsWithin, asOf - (due + policy.HeadActsWithin), finding.Cycle));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// What the ladder suggests for an employee as of <paramref name="asOf"/> (C11): the findings against them due in the
    /// window (<see cref="AccountabilityPolicy.LadderWindow"/>) count; the highest rung reached gives the sanction, and
    /// never one milder than the next step up from a standing sanction decided in the window. Nothing is suggested when
    /// no rung is reached or every finding is already cited by a sanction.
    /// </summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="findings">Findings (any employee; the employee's are picked).</param>
    /// <param name="ledger">The staff ledger.</param>
    /// <param name="asOf">The instant to judge at.</param>
    /// <param name="policy">The accountability policy.</param>
    /// <returns>The suggestion, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Rule C11.</remarks>
    public static SanctionSuggestion? SuggestSanction(string employeeId, IEnumerable<Finding> findings, LedgerState ledger, Instant asOf, AccountabilityPolicy policy)
    {
        Guard.Against.NullOrWhiteSpace(employeeId);
        Guard.Against.Null(findings);
        Guard.Against.Null(ledger);
        Guard.Against.Null(policy);
        var from = asOf - policy.LadderWindow;
        var mine = findings.Where(f => f.EmployeeId == employeeId && f.DueAt is { } d && d > from && d <= asOf)
            .OrderBy(f => f.DueAt).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var rung = policy.Ladder.LastOrDefault(s => s.Findings <= mine.Count);
        if (rung is null)
        {
            return null;
        }

        var standing = ledger.SanctionsOf(employeeId).Where(s => s.At > from && s.At <= asOf).ToList();
        var cited = standing.SelectMany(s => s.FindingIds).ToHashSet(StringComparer.Ordinal);
        var uncited = mine.Where(f => !cited.Contains(f.Id)).Select(f => f.Id).ToImmutableArray();
        if (uncited.IsEmpty)
        {
            return null;
        }

        var sanction = rung.Sanction;
        if (standing.Count > 0 && standing.Max(s => s.Kind) is var worst && worst >= sanction)
        {
            sanction = worst == SanctionKind.Dismissal ? worst : worst + 1;
        }

        var days = (int)policy.LadderWindow.TotalDays;
        return new SanctionSuggestion(
            employeeId,
            sanction,
            uncited,
            $"{days} 天内有 {mine.Count} 项追究（达到 {rung.Findings} 项一档），建议{Chinese(sanction)}；由负责人决定。",
            $"{mine.Count} findings in {days} days (the rung at {rung.Findings}) suggest {sanction}; a person decides.");
    }

    /// <summary>The Chinese name of a sanction.</summary>
    /// <param name="sanction">The sanction.</param>
    /// <returns>罚金, 书面警告, 记过, 记大过, 降级 or 开除.</returns>
    public static string Chinese(SanctionKind sanction) => sanction switch
    {
        SanctionKind.Fine => "罚金",
        SanctionKind.WrittenWarning => "书面警告",
        SanctionKind.Demerit => "记过",
        SanctionKind.MajorDemerit => "记大过",
        SanctionKind.Demotion => "降级",
        SanctionKind.Dismissal => "开除",
        _ => sanction.ToString(),
    };

    private static List<ComplaintEvent> CycleEvents(IReadOnlyList<ComplaintEvent> events, int cycle)
    {
        var list = new List<ComplaintEvent>();
        var current = 1;
        foreach (var e in events)
        {
            if (current == cycle)
            {
                list.Add(e);
            }

            if (e is ComplainantRevisited { Satisfied: false })
            {
                current++;
            }
        }

        return list;
    }

    private static (string? Employee, ActorRole Role, string? Department) Doer(List<ComplaintEvent> cycle, Instant stoppedAt, DutyOwner owner)
    {
        // The duty was done late: whoever recorded the stop at that instant did it.
        var doer = cycle.LastOrDefault(e => e.At == stoppedAt);
        return doer is null ? (null, RoleOf(owner), null) : (doer.Actor.Id, doer.Actor.Role, DepartmentOf(cycle));
    }

    private static (string? Employee, ActorRole Role, string? Department) Owner(ComplaintReceived received, List<ComplaintEvent> cycle, DutyOwner owner) => owner switch
    {
        DutyOwner.Receiver => (received.Actor.Id, received.Actor.Role, null),
        DutyOwner.FrontDesk => cycle.LastOrDefault(e => e.Actor.Role == ActorRole.FrontDesk) is { } clerk
            ? (clerk.Actor.Id, ActorRole.FrontDesk, null)
            : (null, ActorRole.FrontDesk, null),
        DutyOwner.Department => (null, ActorRole.DepartmentHead, DepartmentOf(cycle)),
        _ => (null, RoleOf(owner), null),
    };

    private static string? DepartmentOf(List<ComplaintEvent> cycle) => cycle.Select(e => e switch
    {
        DispatchedToDepartment d => d.Department.ToString(),
        DepartmentNotified n => n.Department.ToString(),
        _ => null,
    }).FirstOrDefault(d => d is not null);

    private static ActorRole RoleOf(DutyOwner owner) => owner switch
    {
        DutyOwner.FrontDesk => ActorRole.FrontDesk,
        DutyOwner.Department => ActorRole.DepartmentHead,
        DutyOwner.OfficeHead => ActorRole.OfficeHead,
        DutyOwner.CompanyLeader => ActorRole.CompanyLeader,
        DutyOwner.DeveloperCustomerService => ActorRole.DeveloperCustomerService,
        DutyOwner.OfficeDirector => ActorRole.OfficeDirector,
        _ => ActorRole.Staff,
    };
}
