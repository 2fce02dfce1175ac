using System.ComponentModel;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Sla;
using Spectre.Console;
using Spectre.Console.Cli;

// complaints add | advance | overdue | list, over the samples' SQLite store.
namespace PropertyOps.Samples;

/// <summary>The store every <c>complaints</c> sub-command works on.</summary>
public class StoreSettings : SampleSettings
{
    /// <summary>The store's file.</summary>
    [CommandOption("--db <PATH>")]
    [Description("The SQLite store's file (propertyops-demo.db by default); only `complaints add` creates it.")]
    public string Db { get; set; } = "propertyops-demo.db";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Db) ? ValidationResult.Error("--db: the path is empty") : ValidationResult.Success();
}

/// <summary>A time argument, parsed the one way every command reads it.</summary>
internal static class TimeArgument
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static ValidationResult Check(string? text, string name) =>
        text is not null && Pattern.Parse(text).Success
            ? ValidationResult.Success()
            : ValidationResult.Error($"{name}: '{Redaction.Excerpt(text)}' is not a date-time (expected yyyy-MM-ddTHH:mm, e.g. 2026-11-25T09:00)");

    /// <summary>The instant, in the estate's zone; refused (exit code 1) outside the years the library supports.</summary>
    public static Instant Parse(string text)
    {
        var local = Pattern.Parse(text).Value;
        if (local.Year is < 1900 or > 2149)
        {
            throw SampleException.Refused($"{text} is outside the supported years 1900–2149");
        }

        return local.InZoneLeniently(ComplaintDue.Calendar.Zone).ToInstant();
    }
}

/// <summary>The steps <c>complaints advance</c> knows.</summary>
internal static class ComplaintSteps
{
    public static readonly string[] Names = ["register", "assess", "dispatch", "callback", "resolve", "feedback", "revisit", "confirm", "reply", "acknowledge", "close"];

    private static readonly Actor Desk = new("E2001", ActorRole.FrontDesk);
    private static readonly Actor Engineer = new("E3001", ActorRole.Staff);

    public static ComplaintCommand Command(string step, ComplaintId id, Instant at) => step switch
    {
        "register" => new RegisterAtFrontDesk(at, Desk),
        "assess" => new AssessComplaint(at, Desk, ComplaintClass.General, at + Duration.FromHours(24)),
        "dispatch" => new DispatchToDepartment(at, Desk, Department.Engineering),
        "callback" => new CallBackComplainant(at, Desk),
        "resolve" => new ResolveComplaint(at, Engineer, "已维修"),
        "feedback" => new GiveFeedbackToFrontDesk(at, Engineer),
        "revisit" => new RevisitComplainant(at, Desk, Satisfied: true, "满意"),
        "confirm" => new ConfirmRecord(at, Desk, ConfirmationMethod.Phone, "CALL-" + id),
        "reply" => new SendWrittenReply(at, Desk, "已维修，漏水已解决"),
        "acknowledge" => new AcknowledgeWrittenReply(at, Desk, ConfirmationMethod.Signature, "ACK-" + id),
        _ => new CloseComplaint(at, Desk),
    };
}

/// <summary>Decides a command against the stored complaint and appends what it records.</summary>
internal static class StoredComplaint
{
    public static int Apply(ComplaintStore store, ComplaintId id, ComplaintCommand command)
    {
        var events = store.Load(id.ToString());
        var state = Complaint.Replay(events);
        var decision = Complaint.Decide(command, state);
        if (!decision.IsAccepted)
        {
            throw SampleException.Refused($"refused {decision.Violation}");
        }

        var after = events.AddRange(decision.Events);
        store.Append(id, decision.Events, ComplaintDue.Next(after));
        AnsiConsole.MarkupLine($"{id}: [green]{string.Join(", ", decision.Events.Select(e => e.GetType().Name))}[/] → {Complaint.Replay(after).Status} (stored)");
        return ExitCode.Ok;
    }

    public static ValidationResult CheckId(string? text) =>
        IsId(text)
            ? ValidationResult.Success()
            : ValidationResult.Error($"ID: '{Redaction.Excerpt(text)}' is not a complaint id (1–40 letters, digits, '-' or '_', e.g. TS-20261125-0001)");

    private static bool IsId(string? text)
    {
        try
        {
            return text is not null && !ComplaintId.Parse(text).IsEmpty;
        }
        catch (System.Exception e) when (e is System.ArgumentException or System.FormatException)
        {
            return false;
        }
    }
}

/// <summary><c>complaints add ID TIME</c>.</summary>
public sealed class ComplaintAddCommand : Command<ComplaintAddCommand.Settings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, System.Threading.CancellationToken cancellationToken)
    {
        var at = TimeArgument.Parse(settings.Time);
        using var store = ComplaintStore.Open(settings.Db, StoreAccess.Create);
        if (store.Created)
        {
            AnsiConsole.MarkupLine($"Created a new complaint store at {Markup.Escape(settings.Db)}.");
        }

        var id = ComplaintId.Parse(settings.Id);
        return StoredComplaint.Apply(store, id, new ReceiveComplaint(at, new Actor("E1001", ActorRole.Staff), id, Complainant.Of("张伟", "3栋2单元1201", "13812345678"), "楼上漏水", Channel.Phone, ComplaintCategory.InUnitRepair));
    }

    /// <summary>The arguments.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The complaint id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The complaint id, e.g. TS-20261125-0001.")]
        public string Id { get; set; } = string.Empty;

        /// <summary>When it was received.</summary>
        [CommandArgument(1, "<TIME>")]
        [Description("When it was received, Beijing time: yyyy-MM-ddTHH:mm.")]
        public string Time { get; set; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } r ? r
            : StoredComplaint.CheckId(Id) is { Successful: false } i ? i
            : TimeArgument.Check(Time, "TIME");
    }
}

/// <summary><c>complaints advance ID STEP TIME</c>.</summary>
public sealed class ComplaintAdvanceCommand : Command<ComplaintAdvanceCommand.Settings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, System.Threading.CancellationToken cancellationToken)
    {
        var at = TimeArgument.Parse(settings.Time);
        using var store = ComplaintStore.Open(settings.Db, StoreAccess.Write);
        var id = ComplaintId.Parse(settings.Id);
        return StoredComplaint.Apply(store, id, ComplaintSteps.Command(settings.Step, id, at));
    }

    /// <summary>The arguments.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The complaint id.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The complaint id.")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The step.</summary>
        [CommandArgument(1, "<STEP>")]
        [Description("register, assess, dispatch, callback, resolve, feedback, revisit, confirm, reply, acknowledge or close.")]
        public string Step { get; set; } = string.Empty;

        /// <summary>When.</summary>
        [CommandArgument(2, "<TIME>")]
        [Description("When, Beijing time: yyyy-MM-ddTHH:mm.")]
        public string Time { get; set; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } r ? r
            : StoredComplaint.CheckId(Id) is { Successful: false } i ? i
            : !ComplaintSteps.Names.Contains(Step, System.StringComparer.Ordinal) ? ValidationResult.Error($"STEP: '{Redaction.Excerpt(Step)}' is not a step ({string.Join(", ", ComplaintSteps.Names)})")
            : TimeArgument.Check(Time, "TIME");
    }
}

/// <summary><c>complaints overdue TIME</c>: asks the store's due index, then evaluates only what it returns.</summary>
public sealed class ComplaintOverdueCommand : Command<ComplaintOverdueCommand.Settings>
{
    private static readonly LocalDateTimePattern Short = LocalDateTimePattern.CreateWithInvariantCulture("MM-dd HH:mm");

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, System.Threading.CancellationToken cancellationToken)
    {
        var now = TimeArgument.Parse(settings.Time);
        using var store = ComplaintStore.Open(settings.Db, StoreAccess.Read);
        var due = store.Due(now);
        var zone = ComplaintDue.Calendar.Zone;
        var table = SampleConsole.Table().Title($"Overdue and at-risk deadlines at {Markup.Escape(settings.Time)}")
            .AddColumn("complaint").AddColumn("rule").AddColumn("due").AddColumn("status").AddColumn("escalate to");
        var rows = 0;
        foreach (var (id, _) in due)
        {
            var events = store.Load(id).Where(e => e.At <= now).ToList();
            if (events.Count == 0)
            {
                continue;
            }

            foreach (var result in SlaEngine.Evaluate(events, ComplaintDue.Policy, ComplaintDue.Calendar, now))
            {
                if (result.Status is DeadlineStatus.Breached or DeadlineStatus.AtRisk)
                {
                    rows++;
                    table.AddRow(id, Markup.Escape(result.Rule.ToString()), result.DueAt is { } at ? Short.Format(at.InZone(zone).LocalDateTime) : "-", SampleConsole.Status(result.Status), result.EscalateTo.ToString());
                }
            }
        }

        SampleConsole.Write(table);
        AnsiConsole.MarkupLine($"{rows} overdue or at-risk deadline(s); {due.Length} of {store.Count()} stored complaints were due by the index, and only those were evaluated.");
        return ExitCode.Ok;
    }

    /// <summary>The arguments.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The instant to list at.</summary>
        [CommandArgument(0, "<TIME>")]
        [Description("The instant to list at, Beijing time: yyyy-MM-ddTHH:mm.")]
        public string Time { get; set; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() => base.Validate() is { Successful: false } r ? r : TimeArgument.Check(Time, "TIME");
    }
}

/// <summary><c>complaints list</c>.</summary>
public sealed class ComplaintListCommand : Command<StoreSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StoreSettings settings, System.Threading.CancellationToken cancellationToken)
    {
        using var store = ComplaintStore.Open(settings.Db, StoreAccess.Read);
        foreach (var (id, events) in store.LoadAll())
        {
            AnsiConsole.MarkupLine($"{id}: {events.Length} events, {Complaint.Replay(events).Status}");
        }

        return ExitCode.Ok;
    }
}

/// <summary><c>complaints</c> alone: the walkthrough of one written complaint.</summary>
public sealed class ComplaintWalkthroughCommand : Command<SampleSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SampleSettings settings, System.Threading.CancellationToken cancellationToken) => ComplaintSample.Run();
}
