using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// Who may give each complaint command: the roles the regulation (002 篇2, 篇4, 篇5) gives each step.
/// <see cref="Complaint.Decide(ComplaintCommand, ComplaintState, ComplaintPolicy)"/> refuses a command from any other role with the rule id below, recording nothing.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>command</term><description>roles (rule)</description></listheader>
/// <item><term>receive</term><description>any employee, whoever is contacted first (C1, C9)</description></item>
/// <item><term>register, assess, dispatch, inform the first contact</term><description>front desk (C2, C3, C9)</description></item>
/// <item><term>report a delay, resolve, feed back, record the engineer's arrival</term><description>the department: staff or department head (C5, C6, C19)</description></item>
/// <item><term>verify</term><description>front desk, developer's customer service, office head or office director (C6, C8)</description></item>
/// <item><term>revisit</term><description>the customer centre: front desk or office director; the developer's customer service for a major matter (C6, C8) — never the department that did the work</description></item>
/// <item><term>close, send the written reply</term><description>front desk or office director (C14, C17)</description></item>
/// <item><term>explain, record accepted / not persuaded</term><description>front desk or staff of the customer centre (C4)</description></item>
/// <item><term>coordinate an unpersuaded complainant</term><description>department head (C4)</description></item>
/// <item><term>notify the department of an emergency</term><description>the receiver or front desk: staff, front desk, department head, office head (C7)</description></item>
/// <item><term>escalate to the company leader; the office head's written report</term><description>office head (C7)</description></item>
/// <item><term>phone the board director; the company leader's written report</term><description>company leader (C8)</description></item>
/// <item><term>call back</term><description>front desk or staff (C18)</description></item>
/// <item><term>record the investigation, refer to the office director</term><description>front desk, staff, department head, office head (C12)</description></item>
/// <item><term>mark the complainant unavailable / available, reschedule an appointment</term><description>front desk, staff, department head (C20)</description></item>
/// <item><term>record that the office cannot resolve a major matter</term><description>office head (C7)</description></item>
/// <item><term>record that the company leader cannot coordinate it</term><description>company leader (C8)</description></item>
/// <item><term>close on the office director's decision</term><description>office director (C12)</description></item>
/// <item><term>confirm the record, acknowledge the written reply</term><description>the complainant, or front desk or staff on their behalf (C14, C17)</description></item>
/// </list>
/// A complainant records nothing but their confirmation of the record; a board director, general manager or developer acts only where named.
/// </remarks>
public static class ComplaintRoles
{
    private static readonly ActorRole[] Employees =
    [
        ActorRole.Staff, ActorRole.FrontDesk, ActorRole.DepartmentHead, ActorRole.OfficeHead, ActorRole.OfficeDirector,
        ActorRole.CompanyLeader, ActorRole.BoardDirector, ActorRole.GeneralManager, ActorRole.DeveloperCustomerService,
    ];

    private static readonly ActorRole[] Department = [ActorRole.Staff, ActorRole.DepartmentHead];
    private static readonly ActorRole[] FrontDesk = [ActorRole.FrontDesk];

    private static readonly FrozenDictionary<Type, Entry> Table = new Dictionary<Type, Entry>
    {
        [typeof(ReceiveComplaint)] = new("C9", "A complaint is received by an employee of the property company (首问责任人).", Employees),
        [typeof(RegisterAtFrontDesk)] = new("C2", "The customer-centre front desk registers a complaint.", FrontDesk),
        [typeof(AssessComplaint)] = new("C3", "The front desk assesses a complaint and sets its handling deadline.", FrontDesk),
        [typeof(DispatchToDepartment)] = new("C3", "The front desk dispatches a complaint to the responsible department.", FrontDesk),
        [typeof(ReportDelay)] = new("C5", "The responsible department reports a delay.", Department),
        [typeof(ResolveComplaint)] = new("C3", "The responsible department resolves a complaint.", Department),
        [typeof(GiveFeedbackToFrontDesk)] = new("C6", "The responsible department feeds back to the front desk.", Department),
        [typeof(VerifyResolution)] = new("C8", "The result is verified by the customer centre, the office or the developer's customer service.", [ActorRole.FrontDesk, ActorRole.DeveloperCustomerService, ActorRole.OfficeHead, ActorRole.OfficeDirector]),
        [typeof(RevisitComplainant)] = new("C6", "The customer centre revisits (客户中心…回访顾客): its front desk, the office director, or with the developer's customer service for a major matter — not the department that did the work.", [ActorRole.FrontDesk, ActorRole.OfficeDirector, ActorRole.DeveloperCustomerService]),
        [typeof(RecordFirstContactResponse)] = new("C9", "The first contact records what they did with the matter.", Employees),
        [typeof(ConfirmRecord)] = new("C14", "The complainant confirms the record, or the front desk or staff record it on their behalf.", [ActorRole.Complainant, ActorRole.FrontDesk, ActorRole.Staff]),
        [typeof(AcknowledgeWrittenReply)] = new("C17", "The owner acknowledges the written reply, or the front desk or staff record it on their behalf.", [ActorRole.Complainant, ActorRole.FrontDesk, ActorRole.Staff]),
        [typeof(CloseComplaint)] = new("C14", "The front desk or the office director closes a complaint.", [ActorRole.FrontDesk, ActorRole.OfficeDirector]),
        [typeof(ExplainToComplainant)] = new("C4", "The customer centre explains an unreasonable complaint.", [ActorRole.FrontDesk, ActorRole.Staff]),
        [typeof(RecordExplanationAccepted)] = new("C4", "The customer centre records that the explanation was accepted.", [ActorRole.FrontDesk, ActorRole.Staff]),
        [typeof(RecordNotPersuaded)] = new("C4", "The customer centre records that the complainant was not persuaded.", [ActorRole.FrontDesk, ActorRole.Staff]),
        [typeof(CoordinateByDepartmentHead)] = new("C4", "Coordination of an unpersuaded complainant is done by the department head.", [ActorRole.DepartmentHead]),
        [typeof(NotifyDepartment)] = new("C7", "The receiver or the front desk notifies the department of an emergency.", [ActorRole.Staff, ActorRole.FrontDesk, ActorRole.DepartmentHead, ActorRole.OfficeHead]),
        [typeof(EscalateToCompanyLeader)] = new("C7", "The management-office head (管理处负责人) reports to the company's leader.", [ActorRole.OfficeHead]),
        [typeof(EscalateToBoardDirector)] = new("C8", "The company leader (物业公司主管领导) phones the board director.", [ActorRole.CompanyLeader]),
        [typeof(InformFirstContact)] = new("C9", "The customer centre's front desk tells the first contact.", FrontDesk),
        [typeof(RecordEngineerArrival)] = new("C19", "The engineer (the department's staff or head) records the arrival.", Department),
        [typeof(SendWrittenReply)] = new("C17", "The front desk or the office director sends the written reply.", [ActorRole.FrontDesk, ActorRole.OfficeDirector]),
        [typeof(CallBackComplainant)] = new("C18", "The front desk or staff call the complainant back.", [ActorRole.FrontDesk, ActorRole.Staff]),
        [typeof(RecordInvestigation)] = new("C12", "The customer centre, the department or the office investigates.", [ActorRole.FrontDesk, ActorRole.Staff, ActorRole.DepartmentHead, ActorRole.OfficeHead]),
        [typeof(ReferToOfficeDirector)] = new("C12", "The customer centre, the department or the office refers a matter to the office director.", [ActorRole.FrontDesk, ActorRole.Staff, ActorRole.DepartmentHead, ActorRole.OfficeHead]),
        [typeof(MarkComplainantUnavailable)] = new("C20", "The front desk or the department records a wait on the complainant.", [ActorRole.FrontDesk, ActorRole.Staff, ActorRole.DepartmentHead]),
        [typeof(RecordOfficeCannotResolve)] = new("C7", "The management-office head records that the office cannot resolve the matter.", [ActorRole.OfficeHead]),
        [typeof(RecordLeaderCannotCoordinate)] = new("C8", "The company leader records that the matter cannot be coordinated.", [ActorRole.CompanyLeader]),
        [typeof(RescheduleAppointment)] = new("C20", "The front desk or the department reschedules a repair appointment.", [ActorRole.FrontDesk, ActorRole.Staff, ActorRole.DepartmentHead]),
        [typeof(CloseByDirectorDecision)] = new("C12", "Only the office director closes a complaint on their own decision.", [ActorRole.OfficeDirector]),
        [typeof(MarkComplainantAvailable)] = new("C20", "The front desk or the department records the end of a wait on the complainant.", [ActorRole.FrontDesk, ActorRole.Staff, ActorRole.DepartmentHead]),
    }.ToFrozenDictionary();

    private static readonly Entry OfficeHeadReport = new("C7", "The office head files the office head's written report.", [ActorRole.OfficeHead]);
    private static readonly Entry CompanyLeaderReport = new("C8", "The company leader files the company leader's written report.", [ActorRole.CompanyLeader]);

    /// <summary>The roles that may give <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The roles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="ArgumentException">The command is not a known complaint command.</exception>
    public static ImmutableArray<ActorRole> AllowedFor(ComplaintCommand command) => EntryFor(command).Roles;

    /// <summary>Whether the command's actor acts in a role allowed to give it.</summary>
    /// <param name="command">The command.</param>
    /// <returns>Whether the role is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="ArgumentException">The command is not a known complaint command.</exception>
    public static bool IsAllowed(ComplaintCommand command) => EntryFor(command).Roles.Contains(command.Actor.Role);

    /// <summary>The refusal for a command given by a role not allowed to give it, or null when it is allowed.</summary>
    internal static RuleViolation? Check(ComplaintCommand command)
    {
        var entry = EntryFor(command);
        return entry.Roles.Contains(command.Actor.Role)
            ? null
            : new RuleViolation(entry.Rule, $"{entry.Message} ({command.Actor.Role} may not.)");
    }

    private static Entry EntryFor(ComplaintCommand command)
    {
        Guard.Against.Null(command);
        if (command is FileWrittenReport report)
        {
            return report.Level == ReportLevel.OfficeHead ? OfficeHeadReport : CompanyLeaderReport;
        }

        return Table.TryGetValue(command.GetType(), out var entry)
            ? entry
            : throw new ArgumentException($"Unknown complaint command {command.GetType().Name}.", nameof(command));
    }

    private sealed class Entry(string rule, string message, ActorRole[] roles)
    {
        public RuleId Rule { get; } = RuleId.Parse(rule);

        public string Message { get; } = message;

        public ImmutableArray<ActorRole> Roles { get; } = [.. roles];
    }
}
