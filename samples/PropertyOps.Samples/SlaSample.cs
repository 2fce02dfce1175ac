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

/// <summary>Evaluates a complaint resolved just before National Day against the regulation's deadlines.</summary>
internal static class SlaSample
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("MM-dd HH:mm");

    public static int Run()
    {
        var calendar = ChinaWorkingCalendar.Default;
        var policy = SlaPresets.CustomerServiceRegulation;
        var zone = calendar.Zone;
        Instant At(int m, int d, int h, int min) => new LocalDateTime(2026, m, d, h, min).InZoneStrictly(zone).ToInstant();
        var staff = new Actor("E1001", ActorRole.Staff);
        var desk = new Actor("E2001", ActorRole.FrontDesk);
        var events = new List<ComplaintEvent>
        {
            new ComplaintReceived(At(9, 30, 9, 40), staff, ComplaintId.Parse("TS-20260930-0007"), Complainant.Of("李娜", "5栋1单元302", "13900001111"), "厨房下水道堵塞", Channel.Phone, ComplaintCategory.InUnitRepair, 1, null),
            new RegisteredAtFrontDesk(At(9, 30, 10, 0), desk),
            new ComplaintAssessed(At(9, 30, 10, 10), desk, ComplaintClass.General, At(9, 30, 17, 0)),
            new DispatchedToDepartment(At(9, 30, 10, 20), desk, Department.Engineering),
            new EngineerArrived(At(9, 30, 10, 50), new Actor("E3001", ActorRole.Staff)),
            new ComplaintResolved(At(9, 30, 16, 30), new Actor("E3001", ActorRole.Staff), "疏通下水道"),
            new FeedbackGivenToFrontDesk(At(9, 30, 17, 40), new Actor("E3001", ActorRole.Staff)),
        };
        var now = At(10, 5, 12, 0);
        var evaluation = SlaEngine.Evaluate(events, policy, calendar, now);
        var table = SampleConsole.Table().Title($"Deadlines at {Pattern.Format(now.InZone(zone).LocalDateTime)} (国庆假期中)")
            .AddColumn("rule").AddColumn("cycle").AddColumn("started").AddColumn("due").AddColumn("status").AddColumn("escalate to");
        foreach (var result in evaluation)
        {
            if (result.Status == DeadlineStatus.NotApplicable)
            {
                continue;
            }

            table.AddRow(
                Markup.Escape($"{result.Rule} {policy[result.Rule.Value].Title}"),
                result.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Pattern.Format(result.StartedAt!.Value.InZone(zone).LocalDateTime),
                result.DueAt is { } due ? Pattern.Format(due.InZone(zone).LocalDateTime) : "-",
                SampleConsole.Status(result.Status, result.Status.ToString()),
                result.Status == DeadlineStatus.Breached ? result.EscalateTo.ToString() : string.Empty);
        }

        SampleConsole.Write(table);
        var revisit = evaluation.Explain("C6.revisit");
        AnsiConsole.WriteLine(revisit.Chinese);
        AnsiConsole.WriteLine(revisit.English);
        AnsiConsole.MarkupLine($"Next look for a scheduler: [bold]{Pattern.Format(evaluation.NextDue!.Value.InZone(zone).LocalDateTime)}[/]");

        // A host does not re-sweep every open complaint each minute: it keeps a due index and asks it what has come due,
        // evaluates only that, and updates it, which moves the complaint on to its next instant.
        var index = new DueIndex(policy, calendar);
        var id = ((ComplaintReceived)events[0]).ComplaintId;
        index.Update(id, events, now);
        var fired = SampleConsole.Table().Title("The due index fires (host loop: take what is due, evaluate, update)").AddColumn("checked at").AddColumn("came due").AddColumn("breached now").AddColumn("next instant");
        for (var i = 0; i < 4 && index.Earliest is { } earliest; i++)
        {
            var check = earliest + Duration.FromMinutes(1); // the host's next minute tick after the instant
            foreach (var due in index.Due(check))
            {
                var breached = string.Join(", ", SlaEngine.Evaluate(events, policy, calendar, check).Where(r => r.Status == DeadlineStatus.Breached && r.DueAt == due.Due).Select(r => r.Rule.Value));
                var next = index.Update(due.Id, events, check);
                fired.AddRow(Pattern.Format(check.InZone(zone).LocalDateTime), Pattern.Format(due.Due.InZone(zone).LocalDateTime), Markup.Escape(breached.Length > 0 ? breached : "-"), next is { } n ? Pattern.Format(n.InZone(zone).LocalDateTime) : "none (left the index)");
            }
        }

        SampleConsole.Write(fired);
        return 0;
    }
}
