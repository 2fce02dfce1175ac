using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Sla;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>A lift entrapment (电梯困人) at 22:05 on a holiday evening, its emergency deadlines minute by minute.</summary>
internal static class EmergencySample
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("HH:mm");

    public static int Run()
    {
        var calendar = ChinaWorkingCalendar.Default;
        var policy = SlaPresets.CustomerServiceRegulation;
        var zone = calendar.Zone;
        var start = new LocalDateTime(2026, 10, 3, 22, 5).InZoneStrictly(zone).ToInstant();
        Instant At(int minutes) => start + Duration.FromMinutes(minutes);
        var desk = new Actor("E2001", ActorRole.FrontDesk);
        var events = new List<ComplaintEvent>
        {
            new ComplaintReceived(At(0), desk, ComplaintId.Parse("TS-20261003-0042"), Complainant.Of("王强", "3栋2单元电梯", "13800002222"), "3 栋 2 单元电梯困人，两人被困", Channel.Phone, ComplaintCategory.LiftEntrapment, 1, null),
            new RegisteredAtFrontDesk(At(1), desk),
            new ComplaintAssessed(At(1), desk, ComplaintClass.Emergency, At(60)),
            new DepartmentNotified(At(2), desk, Department.Engineering),
            new DepartmentNotified(At(2), desk, Department.Security),
            new EscalatedToCompanyLeader(At(4), desk),
            new EngineerArrived(At(14), new Actor("E3001", ActorRole.Staff)),
            new ComplaintResolved(At(26), new Actor("E3001", ActorRole.Staff), "释放被困人员，电梯停运检修"),
        };
        AnsiConsole.MarkupLine($"[bold]电梯困人 lift entrapment[/], reported {Pattern.Format(start.InZone(zone).LocalDateTime)} on 3 October 2026 (National Day holiday)");
        var minutes = new[] { 0, 1, 2, 3, 5, 10, 15, 20, 30 };
        var table = SampleConsole.Table().Title("Emergency deadlines minute by minute").AddColumn("rule");
        foreach (var m in minutes)
        {
            table.AddColumn(Pattern.Format(At(m).InZone(zone).LocalDateTime), c => c.Centered());
        }

        var evaluations = minutes.Select(m => SlaEngine.Evaluate(events.Where(e => e.At <= At(m)).ToList(), policy, calendar, At(m))).ToList();
        foreach (var rule in policy.Rules)
        {
            var cells = evaluations.Select(e => e.Where(r => r.Rule == rule.Id).Select(r => (DeadlineStatus?)r.Status).FirstOrDefault()).ToList();
            if (cells.All(c => c is null or DeadlineStatus.NotApplicable))
            {
                continue;
            }

            var row = new List<string> { Markup.Escape($"{rule.Id} {rule.Title}") };
            row.AddRange(cells.Select(c => c is { } status ? SampleConsole.Status(status) : "-"));
            table.AddRow([.. row]);
        }

        SampleConsole.Write(table);
        return 0;
    }
}
