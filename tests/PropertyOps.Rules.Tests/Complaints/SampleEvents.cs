using System.Collections.Generic;
using NodaTime;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Tests.Complaints;

/// <summary>One sample of every complaint event type, for serialisation tests.</summary>
internal static class SampleEvents
{
    public static readonly Instant T = Instant.FromUtc(2026, 9, 30, 9, 40, 15);
    public static readonly Actor Staff = new("E1001", ActorRole.Staff);

    public static IEnumerable<ComplaintEvent> All()
    {
        yield return new ComplaintReceived(T, Staff, ComplaintId.Parse("TS-1"), Complainant.Of("张伟", "3栋2单元1201", "13812345678"), "卫生间漏水", Channel.RepairOrder, ComplaintCategory.InUnitRepair, 1, T + Duration.FromHours(2));
        yield return new ComplaintReceived(T, Staff, ComplaintId.Parse("TS-2"), Complainant.Of("李娜", "1栋101", "010-12345678"), "噪音", Channel.Written, ComplaintCategory.RenovationNoise, 3, null);
        yield return new RegisteredAtFrontDesk(T, new Actor("E2001", ActorRole.FrontDesk));
        yield return new ComplaintAssessed(T, Staff, ComplaintClass.Major, T + Duration.FromHours(12));
        yield return new DispatchedToDepartment(T, Staff, Department.Engineering);
        yield return new DispatchedToDepartment(T, Staff, Department.Custom("电梯外包"));
        yield return new DelayReported(T, Staff, T + Duration.FromDays(1), "缺配件");
        yield return new ComplaintResolved(T, Staff, "已更换");
        yield return new FeedbackGivenToFrontDesk(T, Staff);
        yield return new ResolutionVerified(T, new Actor("D1", ActorRole.DeveloperCustomerService));
        yield return new ComplainantRevisited(T, Staff, false, "仍漏水");
        yield return new ComplainantRevisited(T, Staff, true, null);
        yield return new ComplaintClosed(T, Staff);
        yield return new ExplanationGiven(T, Staff);
        yield return new ExplanationAccepted(T, Staff);
        yield return new ComplainantNotPersuaded(T, Staff);
        yield return new CoordinatedByDepartmentHead(T, new Actor("E3000", ActorRole.DepartmentHead), "协调");
        yield return new DepartmentNotified(T, Staff, Department.Security);
        yield return new EscalatedToCompanyLeader(T, new Actor("E4000", ActorRole.OfficeHead));
        yield return new WrittenReportFiled(T, Staff, ReportLevel.OfficeHead);
        yield return new WrittenReportFiled(T, Staff, ReportLevel.CompanyLeader);
        yield return new EscalatedToBoardDirector(T, new Actor("E5000", ActorRole.CompanyLeader));
        yield return new FirstContactInformed(T, Staff);
        yield return new EngineerArrived(T, Staff);
        yield return new WrittenReplySent(T, Staff, "已修复");
        yield return new FirstContactResponded(T, Staff, FirstContactAction.Redirected, "engineering");
        yield return new WrittenReplyAcknowledged(T, new Actor("OWNER-1", ActorRole.Complainant), ConfirmationMethod.Phone, "CALL-20261001-7");
        yield return new RecordConfirmed(T, new Actor("OWNER-1", ActorRole.Complainant), ConfirmationMethod.Signature, "F-20260930-01");
        yield return new ComplainantCalledBack(T, Staff);
        yield return new ComplaintInvestigated(T, Staff, "现场核实");
        yield return new ReferredToOfficeDirector(T, Staff);
        yield return new ComplainantUnavailable(T, Staff, "业主不在家");
        yield return new ComplainantAvailable(T, Staff);
        yield return new OfficeCannotResolve(T, new Actor("E4000", ActorRole.OfficeHead));
        yield return new LeaderCannotCoordinate(T, new Actor("E5000", ActorRole.CompanyLeader));
        yield return new AppointmentRescheduled(T, Staff, T + Duration.FromHours(3), "业主不在家");
        yield return new ClosedByDirectorDecision(T, new Actor("E6000", ActorRole.OfficeDirector), "维持原处理意见");
    }
}
