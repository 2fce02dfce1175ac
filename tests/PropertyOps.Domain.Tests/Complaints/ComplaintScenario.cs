using System;
using System.Collections.Generic;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Domain.Tests.Complaints;

/// <summary>A small fluent driver for example tests: applies commands minute by minute and keeps the events.</summary>
internal sealed class ComplaintScenario
{
    public static readonly Actor Receiver = new("E1001", ActorRole.Staff);
    public static readonly Actor Desk = new("E2001", ActorRole.FrontDesk);
    public static readonly Actor Engineer = new("E3001", ActorRole.Staff);
    public static readonly Actor DeptHead = new("E3000", ActorRole.DepartmentHead);
    public static readonly Actor OfficeHead = new("E4000", ActorRole.OfficeHead);
    public static readonly Actor Leader = new("E5000", ActorRole.CompanyLeader);
    public static readonly Actor Developer = new("D0001", ActorRole.DeveloperCustomerService);
    public static readonly Complainant Owner = Complainant.Of("张伟", "3栋2单元1201", "13812345678");

    private readonly List<ComplaintEvent> _events = [];

    public ComplaintScenario(Instant start) => Now = start;

    public Instant Now { get; private set; }

    public ComplaintState State { get; private set; } = Complaint.Initial;

    public IReadOnlyList<ComplaintEvent> Events => _events;

    public static ReceiveComplaint Receipt(Instant at, Channel channel = Channel.Phone, ComplaintCategory category = ComplaintCategory.InUnitRepair, int households = 1, Instant? appointment = null) =>
        new(at, Receiver, ComplaintId.Parse("TS-20260930-0001"), Owner, "卫生间漏水", channel, category, households, appointment);

    /// <summary>Applies a command built for the next minute; fails the test if it is refused.</summary>
    public ComplaintScenario Then(Func<Instant, ComplaintCommand> command)
    {
        var violation = TryThen(command);
        Assert.True(violation is null, violation?.ToString());
        return this;
    }

    /// <summary>Applies a command built for the next minute and returns its refusal, if any; a refusal changes nothing.</summary>
    public RuleViolation? TryThen(Func<Instant, ComplaintCommand> command)
    {
        Now += Duration.FromMinutes(1);
        var decision = Complaint.Decide(command(Now), State);
        if (!decision.IsAccepted)
        {
            return decision.Violation;
        }

        foreach (var e in decision.Events)
        {
            State = Complaint.Evolve(State, e);
            _events.Add(e);
        }

        return null;
    }

    public ComplaintScenario Routine(ComplaintClass @class = ComplaintClass.General) =>
        Then(t => new RegisterAtFrontDesk(t, Desk))
        .Then(t => new AssessComplaint(t, Desk, @class, t + Duration.FromHours(24)));

    /// <summary>C17: the result in writing and the owner's acknowledgement of it (phone and written complaints need both before closing).</summary>
    public ComplaintScenario Replied() =>
        Then(t => new SendWrittenReply(t, Desk, "已处理完毕"))
        .Then(t => new AcknowledgeWrittenReply(t, Desk, ConfirmationMethod.Signature, "R-0001"));

    public ComplaintScenario ThroughFeedback() =>
        Then(t => new DispatchToDepartment(t, Desk, Department.Engineering))
        .Then(t => new ResolveComplaint(t, Engineer, "更换水管接头"))
        .Then(t => new GiveFeedbackToFrontDesk(t, Engineer));
}
