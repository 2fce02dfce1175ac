using System.Collections.Generic;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Tests.Sla;

/// <summary>Builds event histories at Beijing local times for the SLA examples.</summary>
internal sealed class History
{
    public static readonly Actor Staff = new("E1001", ActorRole.Staff);
    public static readonly Actor OfficeHead = new("E4000", ActorRole.OfficeHead);
    public static readonly Actor Leader = new("E5000", ActorRole.CompanyLeader);
    private static readonly DateTimeZone Zone = ChinaWorkingCalendar.Default.Zone;
    private readonly List<ComplaintEvent> _events = [];

    public IReadOnlyList<ComplaintEvent> Events => _events;

    public static Instant At(int y, int m, int d, int h, int min) => new LocalDateTime(y, m, d, h, min).InZoneStrictly(Zone).ToInstant();

    public static History Received(Instant at, Channel channel = Channel.Phone, ComplaintCategory category = ComplaintCategory.InUnitRepair, int households = 1, Instant? appointment = null)
    {
        var history = new History();
        history._events.Add(new ComplaintReceived(at, Staff, ComplaintId.Parse("TS-1"), Complainant.Of("张伟", "3栋2单元1201", "13812345678"), "漏水", channel, category, households, appointment));
        return history;
    }

    public History Then(ComplaintEvent e)
    {
        _events.Add(e);
        return this;
    }

    public History Routine(Instant registered, Instant assessed, Instant deadline, Instant dispatched, ComplaintClass @class = ComplaintClass.General, Department? department = null) =>
        Then(new RegisteredAtFrontDesk(registered, Staff))
        .Then(new ComplaintAssessed(assessed, Staff, @class, deadline))
        .Then(new DispatchedToDepartment(dispatched, Staff, department ?? Department.Engineering));
}
