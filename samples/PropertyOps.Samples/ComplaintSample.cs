using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;
using Spectre.Console;
using Spectre.Console.Json;

namespace PropertyOps.Samples;

/// <summary>Walks one written complaint through its lifecycle and shows the events, a refusal and the stored JSON.</summary>
internal static class ComplaintSample
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("MM-dd HH:mm");

    public static int Run() => Walkthrough();

    private static int Walkthrough()
    {
        var zone = ChinaWorkingCalendar.Default.Zone;
        var desk = new Actor("E2001", ActorRole.FrontDesk);
        var engineer = new Actor("E3001", ActorRole.Staff);
        var t = new LocalDateTime(2026, 9, 30, 9, 40).InZoneStrictly(zone).ToInstant();
        var commands = new List<ComplaintCommand>
        {
            new ReceiveComplaint(t, new Actor("E1001", ActorRole.Staff), ComplaintId.Parse("TS-20260930-0001"),
                Complainant.Of("张伟", "3栋2单元1201", "13812345678"), "楼上装修噪音，周末早上七点开工", Channel.Written, ComplaintCategory.RenovationNoise),
            new RegisterAtFrontDesk(t + Duration.FromMinutes(20), desk),
            new AssessComplaint(t + Duration.FromMinutes(45), desk, ComplaintClass.General, t + Duration.FromHours(24)),
            new DispatchToDepartment(t + Duration.FromMinutes(50), desk, Department.Security),
            new CallBackComplainant(t + Duration.FromHours(2), desk),
            new ResolveComplaint(t + Duration.FromHours(5), engineer, "约谈装修户，限定施工时间 9:00–12:00、14:00–18:00"),
            new GiveFeedbackToFrontDesk(t + Duration.FromHours(6), engineer),
            new RevisitComplainant(t + Duration.FromDays(8), desk, Satisfied: true, "已无早间施工"),
            new ConfirmRecord(t + Duration.FromDays(8) + Duration.FromMinutes(2), desk, ConfirmationMethod.Phone, "CALL-20261008-17"),
            new CloseComplaint(t + Duration.FromDays(8) + Duration.FromMinutes(5), desk),
            new SendWrittenReply(t + Duration.FromDays(8) + Duration.FromMinutes(10), desk, "已约谈装修户，周末施工调整至上午九点后"),
            new CloseComplaint(t + Duration.FromDays(8) + Duration.FromMinutes(12), desk),
            new AcknowledgeWrittenReply(t + Duration.FromDays(8) + Duration.FromMinutes(14), desk, ConfirmationMethod.Signature, "回执 20261008-03"),
            new CloseComplaint(t + Duration.FromDays(8) + Duration.FromMinutes(15), desk),
        };

        var table = SampleConsole.Table().Title("A written complaint, command by command").AddColumn("at").AddColumn("command").AddColumn("result");
        var state = Complaint.Initial;
        var events = new List<ComplaintEvent>();
        foreach (var command in commands)
        {
            var decision = Complaint.Decide(command, state);
            foreach (var e in decision.Events)
            {
                state = Complaint.Evolve(state, e);
                events.Add(e);
            }

            var result = decision.IsAccepted
                ? $"[green]{string.Join(", ", decision.Events.Select(e => e.GetType().Name))}[/] → {state.Status}"
                : $"[red]refused {Markup.Escape(decision.Violation!.ToString())}[/]";
            table.AddRow(Pattern.Format(command.At.InZone(zone).LocalDateTime), command.GetType().Name, result);
        }

        SampleConsole.Write(table);
        AnsiConsole.MarkupLine($"Final state: [bold]{state.Status}[/]; complainant shown masked: {Markup.Escape(state.Complainant!.ToString())}");
        AnsiConsole.MarkupLine($"Replaying the {events.Count} stored events gives the same state: [bold]{Complaint.Replay(events) == state}[/]");
        // The stored record holds the complainant in clear (C1); the console is no place for it (D14), so mask it here.
        var stored = JsonNode.Parse(ComplaintEventJson.Serialize(events[0]))!;
        var complainant = stored["data"]!["complainant"]!;
        complainant["name"] = state.Complainant.Name.Masked;
        complainant["phone"] = state.Complainant.Phone.Masked;
        AnsiConsole.Write(new Panel(new JsonText(stored.ToJsonString(ComplaintEventJson.Options))).Border(SampleConsole.IsPlain ? BoxBorder.Ascii : BoxBorder.Rounded).Header("the first event as stored (name and phone masked for display)"));
        return 0;
    }
}
