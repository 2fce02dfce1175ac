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

    public static int Run(string[] args)
    {
        return args.Length == 0 ? Walkthrough() : Stored(args);
    }

    private static readonly LocalDateTimePattern Input = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    // complaints add <id> <time> | advance <id> <step> <time> | overdue <time> | list, with [--db PATH].
    private static int Stored(string[] args)
    {
        var list = args.ToList();
        var path = "propertyops-demo.db";
        var db = list.IndexOf("--db");
        if (db >= 0)
        {
            if (db + 1 >= list.Count)
            {
                AnsiConsole.MarkupLine("[red]--db needs a path[/]");
                return 2;
            }

            path = list[db + 1];
            list.RemoveRange(db, 2);
        }

        var zone = ChinaWorkingCalendar.Default.Zone;
        static ComplaintId? ParseId(string text)
        {
            try
            {
                return ComplaintId.Parse(text);
            }
            catch (System.Exception e) when (e is System.FormatException or System.ArgumentException)
            {
                return null;
            }
        }

        Instant? Time(string text) => Input.Parse(text) is { Success: true } r ? r.Value.InZoneLeniently(zone).ToInstant() : null;
        try
        {
            using var store = ComplaintStore.Open(path);
            var all = store.LoadAll();
            var desk = new Actor("E2001", ActorRole.FrontDesk);
            switch (list)
            {
                case ["add", var id, var time] when ParseId(id) is { } complaintId && Time(time) is { } at:
                    return Apply(store, all, complaintId, new ReceiveComplaint(at, new Actor("E1001", ActorRole.Staff), complaintId, Complainant.Of("张伟", "3栋2单元1201", "13812345678"), "楼上漏水", Channel.Phone, ComplaintCategory.InUnitRepair), zone);
                case ["advance", var id, var step, var time] when ParseId(id) is { } complaintId && Time(time) is { } at:
                    ComplaintCommand? command = step switch
                    {
                        "register" => new RegisterAtFrontDesk(at, desk),
                        "assess" => new AssessComplaint(at, desk, ComplaintClass.General, at + Duration.FromHours(24)),
                        "dispatch" => new DispatchToDepartment(at, desk, Department.Engineering),
                        "callback" => new CallBackComplainant(at, desk),
                        "resolve" => new ResolveComplaint(at, new Actor("E3001", ActorRole.Staff), "已维修"),
                        "feedback" => new GiveFeedbackToFrontDesk(at, new Actor("E3001", ActorRole.Staff)),
                        "revisit" => new RevisitComplainant(at, desk, Satisfied: true, "满意"),
                        "confirm" => new ConfirmRecord(at, desk, ConfirmationMethod.Phone, "CALL-" + complaintId),
                        "reply" => new SendWrittenReply(at, desk, "已维修，漏水已解决"),
                        "acknowledge" => new AcknowledgeWrittenReply(at, desk, ConfirmationMethod.Signature, "ACK-" + complaintId),
                        "close" => new CloseComplaint(at, desk),
                        _ => null,
                    };
                    if (command is null)
                    {
                        AnsiConsole.MarkupLine("[red]Unknown step[/]; steps: register, assess, dispatch, callback, resolve, feedback, revisit, confirm, reply, acknowledge, close");
                        return 2;
                    }

                    return Apply(store, all, complaintId, command, zone);
                case ["overdue", var time] when Time(time) is { } now:
                    var table = SampleConsole.Table().Title($"Overdue and at-risk deadlines at {Markup.Escape(time)} ({all.Count} stored complaints, replayed)")
                        .AddColumn("complaint").AddColumn("rule").AddColumn("due").AddColumn("status").AddColumn("escalate to");
                    var rows = 0;
                    foreach (var (id, events) in all)
                    {
                        var relevant = events.Where(e => e.At <= now).ToList();
                        if (relevant.Count == 0)
                        {
                            continue;
                        }

                        foreach (var result in PropertyOps.Rules.Sla.SlaEngine.Evaluate(relevant, PropertyOps.Rules.Presets.SlaPresets.CustomerServiceRegulation, ChinaWorkingCalendar.Default, now))
                        {
                            if (result.Status is PropertyOps.Rules.Sla.DeadlineStatus.Breached or PropertyOps.Rules.Sla.DeadlineStatus.AtRisk)
                            {
                                rows++;
                                table.AddRow(id, Markup.Escape(result.Rule.ToString()), result.DueAt is { } due ? Pattern.Format(due.InZone(zone).LocalDateTime) : "-", SampleConsole.Status(result.Status), result.EscalateTo.ToString());
                            }
                        }
                    }

                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine($"{rows} overdue or at-risk deadline(s).");
                    return 0;
                case ["list"]:
                    foreach (var (id, events) in all)
                    {
                        var state = events.Aggregate(Complaint.Initial, Complaint.Evolve);
                        AnsiConsole.MarkupLine($"{id}: {events.Length} events, {state.Status}");
                    }

                    return 0;
                default:
                    AnsiConsole.WriteLine("usage: complaints [add <id> <yyyy-MM-ddTHH:mm> | advance <id> <step> <time> | overdue <time> | list] [--db PATH]");
                    return 2;
            }
        }
        catch (ComplaintStoreException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
    }

    private static int Apply(ComplaintStore store, System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<ComplaintEvent>> all, ComplaintId id, ComplaintCommand command, DateTimeZone zone)
    {
        var state = all.TryGetValue(id.ToString(), out var events) ? events.Aggregate(Complaint.Initial, Complaint.Evolve) : Complaint.Initial;
        var decision = Complaint.Decide(command, state);
        if (!decision.IsAccepted)
        {
            AnsiConsole.MarkupLine($"[red]refused {Markup.Escape(decision.Violation!.ToString())}[/]");
            return 1;
        }

        store.Append(id, decision.Events);
        var after = decision.Events.Aggregate(state, Complaint.Evolve);
        AnsiConsole.MarkupLine($"{id}: [green]{string.Join(", ", decision.Events.Select(e => e.GetType().Name))}[/] → {after.Status} (stored)");
        return 0;
    }

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

        AnsiConsole.Write(table);
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
