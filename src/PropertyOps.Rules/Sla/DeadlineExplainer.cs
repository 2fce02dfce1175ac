using System.Collections.Generic;
using System.Text;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using NodaTime.Text;

namespace PropertyOps.Rules.Sla;

/// <summary>Writes the Chinese and English account of a deadline (see <see cref="SlaEngine.Explain(DeadlineResult, SlaPolicy, WorkingCalendar)"/>).</summary>
internal static class DeadlineExplainer
{
    public static Explanation Explain(DeadlineResult result, DeadlineRule rule, WorkingCalendar calendar, IReadOnlyList<ComplaintEvent>? events = null)
    {
        var zh = new StringBuilder($"{rule.Id} {rule.Title}");
        var en = new StringBuilder($"{rule.Id} {rule.EnglishTitle}");
        if (result.Cycle > 1)
        {
            // "第2次处理" — the complaint was reopened by an unsatisfied revisit and this is a later handling.
            zh.Append($"（第{result.Cycle}次处理）");
            en.Append($" ({Ordinal(result.Cycle)} handling)");
        }

        zh.Append('：');
        en.Append(": ");
        if (result.StartedAt is not { } start || result.StartEvent is not { } kind)
        {
            zh.Append("不适用或尚未开始计时");
            en.Append("not applicable, or the clock has not started");
            return new Explanation(zh.ToString(), en.ToString());
        }

        var zone = calendar.Zone;
        var (startZh, startEn) = Label(kind);
        zh.Append($"{Local(start, zone)} {startZh} → {DueZh(rule)}");
        en.Append($"{startEn} {Local(start, zone)} → {rule.DescribeDue()}");
        if (result.DueAt is not { } due)
        {
            zh.Append(" → 未记录到期时间");
            en.Append(" → no due time recorded");
            return new Explanation(zh.ToString(), en.ToString());
        }

        if (rule.Basis == DueBasis.Appointment && events is not null)
        {
            AppendAppointments(zh, en, events, result.EvaluatedAt, zone);
        }

        zh.Append($" → {Local(due, zone)}");
        en.Append($" → due {Local(due, zone)}");
        AppendSkipped(zh, en, rule, calendar, start, due);
        if (result.PausedFor > Duration.Zero)
        {
            zh.Append($"，含等待业主 {Hours(result.PausedFor, "小时")}{(result.IsPaused ? "（仍在等待）" : string.Empty)}");
            en.Append($", including {Hours(result.PausedFor, "h")} waiting on the complainant{(result.IsPaused ? " (still waiting)" : string.Empty)}");
        }

        var (statusZh, statusEn) = result.Status switch
        {
            DeadlineStatus.Pending => ($"进行中，剩余 {Hours(result.Remaining!.Value, "小时")}", $"pending, {Hours(result.Remaining!.Value, "h")} left"),
            DeadlineStatus.MetOnTime => ($"已于 {Local(result.StoppedAt!.Value, zone)} 按时完成", $"met on time at {Local(result.StoppedAt!.Value, zone)}"),
            DeadlineStatus.MetLate => ($"已于 {Local(result.StoppedAt!.Value, zone)} 完成，超时 {Hours(result.Overdue!.Value, "小时")}", $"met late at {Local(result.StoppedAt!.Value, zone)}, {Hours(result.Overdue!.Value, "h")} over"),
            DeadlineStatus.Breached => ($"已超时 {Hours(result.Overdue!.Value, "小时")}，上报{Target(result.EscalateTo)}", $"breached by {Hours(result.Overdue!.Value, "h")}; escalate to {result.EscalateTo}"),
            DeadlineStatus.AtRisk => (
                $"有风险：已过期限 {Hours(result.Overdue!.Value, "小时")}，尚未记录{ConditionZh(rule.Condition)}，请跟进（不计为超时）",
                $"at risk: {Hours(result.Overdue!.Value, "h")} past due while it is not yet recorded whether {ConditionEn(rule.Condition)}; chase it (not counted as a breach)"),
            _ => ("不适用", "not applicable"),
        };
        zh.Append($"；{statusZh}");
        en.Append($"; {statusEn}");
        return new Explanation(zh.ToString(), en.ToString());
    }

    private static void AppendSkipped(StringBuilder zh, StringBuilder en, DeadlineRule rule, WorkingCalendar calendar, Instant start, Instant due)
    {
        if (rule.Basis != DueBasis.Allowance || rule.Allowance.Kind == AllowanceKind.Elapsed)
        {
            return;
        }

        // Name each holiday period met between the start's date and the due date, then any plain weekend.
        var zone = calendar.Zone;
        var first = start.InZone(zone).Date;
        var last = due.InZone(zone).Date;
        var holidays = new List<(string Name, LocalDate From, LocalDate To)>();
        var weekends = false;
        var makeUps = new List<LocalDate>();
        for (var date = first; date <= last && holidays.Count < 20; date = date.PlusDays(1))
        {
            if (calendar.IsHoliday(date))
            {
                var name = calendar.GetHolidayName(date)!;
                if (holidays.Count > 0 && holidays[^1].Name == name && holidays[^1].To.PlusDays(1) == date)
                {
                    holidays[^1] = (name, holidays[^1].From, date);
                }
                else
                {
                    holidays.Add((name, date, date));
                }
            }
            else if (calendar.IsMakeUpWorkingDay(date))
            {
                makeUps.Add(date);
            }
            else if (!calendar.IsWorkingDay(date))
            {
                weekends = true;
            }
        }

        var partsZh = new List<string>();
        var partsEn = new List<string>();
        foreach (var (name, from, to) in holidays)
        {
            partsZh.Add(from == to ? $"{name} {MonthDay(from)}" : $"{name} {MonthDay(from)} 至 {MonthDay(to)}");
            partsEn.Add(from == to ? $"{name} {MonthDay(from)}" : $"{name} {MonthDay(from)} to {MonthDay(to)}");
        }

        if (partsZh.Count > 0 || weekends)
        {
            // "跳过国庆节 10-01 至 10-07及周末", "跳过周末"; "skipping 国庆节 10-01 to 10-07 and weekends", "skipping weekends".
            var both = partsZh.Count > 0 && weekends;
            zh.Append($"，跳过{string.Join("、", partsZh)}{(both ? "及周末" : weekends ? "周末" : string.Empty)}");
            en.Append($", skipping {string.Join(", ", partsEn)}{(both ? " and weekends" : weekends ? "weekends" : string.Empty)}");
        }

        if (makeUps.Count > 0)
        {
            zh.Append($"，含调休上班 {string.Join("、", makeUps.ConvertAll(MonthDay))}");
            en.Append($", counting make-up working day(s) {string.Join(", ", makeUps.ConvertAll(MonthDay))}");
        }

        if (rule.Allowance.Kind == AllowanceKind.WorkingTime)
        {
            var closed = (due - start) - calendar.WorkingTimeBetween(start, due);
            zh.Append($"，不计非工作时间 {Hours(closed, "小时")}");
            en.Append($", not counting {Hours(closed, "h")} of closed hours");
        }
    }

    private static void AppendAppointments(StringBuilder zh, StringBuilder en, IReadOnlyList<ComplaintEvent> events, Instant now, DateTimeZone zone)
    {
        var partsZh = new List<string>();
        var partsEn = new List<string>();
        foreach (var e in events)
        {
            if (e.At > now)
            {
                break;
            }

            if (e is ComplaintReceived { Appointment: { } first })
            {
                partsZh.Add($"预约 {Local(first, zone)}");
                partsEn.Add($"appointment {Local(first, zone)}");
            }
            else if (e is AppointmentRescheduled moved)
            {
                partsZh.Add($"{Local(moved.At, zone)} 改约 {Local(moved.NewAppointment, zone)}（{moved.Reason}）");
                partsEn.Add($"rescheduled at {Local(moved.At, zone)} to {Local(moved.NewAppointment, zone)} ({moved.Reason})");
            }
        }

        if (partsZh.Count > 0)
        {
            zh.Append($"（{string.Join("；", partsZh)}）");
            en.Append($" ({string.Join("; ", partsEn)})");
        }
    }

    private static string Ordinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => $"{n}th",
    };

    private static string ConditionZh(DutyCondition condition) => condition switch
    {
        DutyCondition.NotFinishedByHandlingDeadline => "是否能按期完成（未报告延期，也未办结）",
        DutyCondition.OfficeCannotResolve => "管理处是否无法解决",
        DutyCondition.LeaderCannotCoordinate => "主管领导是否无法协调",
        _ => "条件",
    };

    private static string ConditionEn(DutyCondition condition) => condition switch
    {
        DutyCondition.NotFinishedByHandlingDeadline => "the department will finish by the handling deadline (no delay report, not resolved)",
        DutyCondition.OfficeCannotResolve => "the office can resolve the matter",
        DutyCondition.LeaderCannotCoordinate => "the company leader can coordinate the matter",
        _ => "the condition holds",
    };

    private static string DueZh(DeadlineRule rule) => rule.Basis switch
    {
        DueBasis.Appointment => "预约时间",
        DueBasis.HandlingDeadline => "处理期限",
        _ => rule.Allowance.ToChineseString(),
    };

    private static (string Zh, string En) Label(ComplaintEventKind kind) => kind switch
    {
        ComplaintEventKind.Received => ("接报", "received"),
        ComplaintEventKind.RegisteredAtFrontDesk => ("转交前台", "registered at front desk"),
        ComplaintEventKind.DispatchedToDepartment => ("派单", "dispatched"),
        ComplaintEventKind.Resolved => ("办结", "resolved"),
        ComplaintEventKind.FeedbackGivenToFrontDesk => ("反馈", "fed back to front desk"),
        ComplaintEventKind.ExplanationAccepted => ("接受解释", "explanation accepted"),
        ComplaintEventKind.CoordinatedByDepartmentHead => ("部门负责人协调", "coordinated by department head"),
        ComplaintEventKind.EscalatedToCompanyLeader => ("上报主管领导", "reported to company leader"),
        ComplaintEventKind.EscalatedToBoardDirector => ("上报董事领导", "reported to board director"),
        ComplaintEventKind.DepartmentNotified => ("知会部门", "department notified"),
        ComplaintEventKind.Reopened => ("回访不满意重新处理", "reopened after an unsatisfied revisit"),
        _ => (kind.ToString(), kind.ToString()),
    };

    private static string Target(EscalationTarget target) => target switch
    {
        EscalationTarget.FrontDesk => "客户中心前台",
        EscalationTarget.DepartmentHead => "部门负责人",
        EscalationTarget.OfficeHead => "管理处负责人",
        EscalationTarget.OfficeDirector => "办公室主任",
        EscalationTarget.CompanyLeader => "物业公司主管领导",
        EscalationTarget.BoardDirector => "董事领导",
        EscalationTarget.GeneralManager => "总经理",
        EscalationTarget.DeveloperCustomerService => "发展商客户服务部",
        _ => "首问责任人",
    };

    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    private static readonly LocalDatePattern MonthDayPattern = LocalDatePattern.CreateWithInvariantCulture("MM-dd");

    private static string Local(Instant instant, DateTimeZone zone) => MinutePattern.Format(instant.InZone(zone).LocalDateTime);

    private static string MonthDay(LocalDate date) => MonthDayPattern.Format(date);

    private static string Hours(Duration duration, string unit)
    {
        var minutes = (long)duration.TotalMinutes;
        return minutes % 60 == 0 ? $"{minutes / 60} {unit}" : $"{minutes / 60} {unit} {minutes % 60} {(unit == "h" ? "min" : "分钟")}";
    }
}
