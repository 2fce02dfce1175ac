using System.Linq;
using NodaTime;
using NodaTime.Text;
using PropertyOps.Domain.Calendars;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>Shows the working calendar at work: the regulation's allowances for starts around National Day 2026.</summary>
internal static class CalendarSample
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("MM-dd (ddd) HH:mm");

    public static int Run()
    {
        var calendar = ChinaWorkingCalendar.Default;
        AnsiConsole.MarkupLine($"[bold]Working calendar[/]: {Markup.Escape(calendar.ToString())}");
        AnsiConsole.MarkupLine($"Holiday data: {string.Join("; ", calendar.Arrangements.Select(a => Markup.Escape(a.Notice)))}");
        AnsiConsole.WriteLine();

        var allowances = new (string Rule, string Label, Allowance Allowance)[]
        {
            ("C2", "to front desk", Allowance.Elapsed(Duration.FromHours(24))),
            ("C3", "dispatch", Allowance.Elapsed(Duration.FromHours(12))),
            ("C6", "revisit", Allowance.WorkingDays(2)),
            ("C18", "call back", Allowance.EndOfWorkingDay),
            ("—", "4 working hours", Allowance.WorkingTime(Duration.FromHours(4))),
        };

        var table = SampleConsole.Table().Title("Due times (Asia/Shanghai) for complaints received around National Day 2026");
        table.AddColumn("received");
        foreach (var (rule, label, allowance) in allowances)
        {
            table.AddColumn($"{rule} {label}\n[grey]{Markup.Escape(allowance.ToString())}[/]");
        }

        var starts = new[]
        {
            new LocalDateTime(2026, 9, 19, 10, 0),  // Saturday before the make-up Sunday
            new LocalDateTime(2026, 9, 30, 12, 30), // lunch break, last working day before the holiday
            new LocalDateTime(2026, 9, 30, 17, 40), // 20 minutes before close
            new LocalDateTime(2026, 10, 3, 9, 0),   // inside the holiday
            new LocalDateTime(2026, 10, 9, 19, 0),  // Friday evening before the make-up Saturday
            new LocalDateTime(2026, 10, 10, 10, 0), // make-up Saturday 调休上班
        };

        foreach (var local in starts)
        {
            var start = local.InZoneLeniently(calendar.Zone).ToInstant();
            var cells = allowances.Select(a => Describe(calendar, calendar.Due(start, a.Allowance).InZone(calendar.Zone).LocalDateTime));
            table.AddRow([Describe(calendar, local), .. cells]);
        }

        SampleConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Elapsed allowances ignore the calendar; working days end at close of business (18:00); holidays and weekends are skipped and make-up working days (调休上班) count — a weekend due date marked 调休上班 is one.[/]");
        return 0;
    }

    private static string Describe(WorkingCalendar calendar, LocalDateTime local)
    {
        var note = calendar.IsHoliday(local.Date) ? $" [red]{calendar.GetHolidayName(local.Date)}[/]"
            : calendar.IsMakeUpWorkingDay(local.Date) ? " [yellow]调休上班[/]"
            : calendar.IsWorkingDay(local.Date) ? string.Empty : " [grey]weekend[/]";
        return Pattern.Format(local) + note;
    }
}
