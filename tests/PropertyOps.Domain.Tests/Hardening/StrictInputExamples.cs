using System;
using System.Linq;
using System.Text;
using NodaTime;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Fees;
using PropertyOps.Domain.Tests.Complaints;
using static PropertyOps.Domain.Tests.Complaints.ComplaintScenario;

namespace PropertyOps.Domain.Tests.Hardening;

public class StrictInputExamples
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 9, 30, 1, 0);
    private static readonly Actor Owner1 = new("OWNER-1", ActorRole.Complainant);

    private static ComplaintScenario Received() => new ComplaintScenario(T0).Then(t => Receipt(t));

    [Theory]
    [InlineData("13812345678\n")]
    [InlineData("13812345678 \u0000")]
    public void D14_a_phone_number_with_a_trailing_line_break_or_control_character_is_refused(string text) =>
        Assert.Throws<ArgumentException>(() => PhoneNumber.Parse(text));

    [Theory]
    [InlineData("TS-1\n")]
    [InlineData("TS-1\r")]
    public void C1_a_complaint_id_with_a_trailing_line_break_is_refused(string text) =>
        Assert.Throws<ArgumentException>(() => ComplaintId.Parse(text));

    [Theory]
    [InlineData("C6\n")]
    [InlineData("C6.revisit\n")]
    [InlineData("X6")]
    public void A_rule_id_is_matched_whole(string text) => Assert.Throws<ArgumentException>(() => RuleId.Parse(text));

    [Theory]
    [InlineData("01012345678", "010-12345678")]
    [InlineData("0101-2345678", "010-12345678")]
    [InlineData("(010) 1234 5678", "010-12345678")]
    [InlineData("02187654321", "021-87654321")]
    [InlineData("0755-87654321", "0755-87654321")]
    [InlineData("075587654321", "0755-87654321")]
    [InlineData("0571 8765432", "0571-8765432")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("0086-13812345678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    public void D14_phone_numbers_follow_the_national_area_codes_and_compare_equal_however_typed(string typed, string canonical)
    {
        Assert.Equal(canonical, PhoneNumber.Parse(typed).Value);
        Assert.Equal(PhoneNumber.Parse(canonical), PhoneNumber.Parse(typed));
    }

    [Theory]
    [InlineData("010-1234567")] // Beijing numbers have eight digits.
    [InlineData("0755-0765432")] // A local number never starts with 0.
    [InlineData("+1 2025550123")]
    [InlineData("13812345678 ext 1")]
    public void D14_malformed_phone_numbers_are_refused_without_repeating_them(string typed)
    {
        var e = Assert.Throws<ArgumentException>(() => PhoneNumber.Parse(typed));
        Assert.DoesNotContain(typed, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D14_names_refuse_control_characters_line_breaks_and_unpaired_surrogates()
    {
        Assert.Throws<ArgumentException>(() => PersonName.Of("张\n伟"));
        Assert.Throws<ArgumentException>(() => PersonName.Of("张伟\n"));
        Assert.Throws<ArgumentException>(() => PersonName.Of("张\u0007伟"));
        Assert.Throws<ArgumentException>(() => PersonName.Of("张\uD800伟"));
        Assert.Throws<ArgumentException>(() => UnitAddress.Of("3栋\r\n1201"));
        Assert.Equal("𠀀伟", PersonName.Of("𠀀伟").Value); // a paired surrogate (CJK Extension B) is fine
    }

    [Fact]
    public void D14_messages_quote_a_short_masked_excerpt_of_bad_input()
    {
        var huge = new string('x', 10_000_000);
        Assert.True(Assert.Throws<ArgumentException>(() => RuleId.Parse(huge)).Message.Length < 200);
        Assert.True(Assert.Throws<ArgumentException>(() => Department.Parse(huge)).Message.Length < 300);
        var phoneInWrongField = Assert.Throws<ArgumentException>(() => Department.Parse("13812345678"));
        Assert.DoesNotContain("13812345678", phoneInWrongField.Message, StringComparison.Ordinal);
        Assert.Equal("*********78", Redaction.Excerpt("13812345678"));
        Assert.Equal(new string('x', 32) + "…", Redaction.Excerpt(huge));
    }

    [Fact]
    public void D14_an_employee_id_field_refuses_a_phone_number()
    {
        Assert.Throws<ArgumentException>(() => new Actor("13812345678", ActorRole.Staff));
        Assert.Throws<ArgumentException>(() => new Actor("010-12345678", ActorRole.Staff));
        Assert.Throws<ArgumentException>(() => new ReceiveComplaint(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", Channel.Phone, ComplaintCategory.InUnitRepair, AgainstEmployee: "13812345678"));
        Assert.Equal("E1024", new Actor("E1024", ActorRole.Staff).Id);
    }

    [Fact]
    public void Events_obey_the_invariants_of_their_commands()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", Channel.Phone, ComplaintCategory.InUnitRepair, 0, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", Channel.Phone, ComplaintCategory.InUnitRepair, 100_001, null));
        Assert.Throws<ArgumentException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, " ", Channel.Phone, ComplaintCategory.InUnitRepair, 1, null));
        Assert.Throws<ArgumentException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, new string('漏', ComplaintCommand.MaxSubjectLength + 1), Channel.Phone, ComplaintCategory.InUnitRepair, 1, null));
        Assert.Throws<ArgumentException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", Channel.RepairOrder, ComplaintCategory.InUnitRepair, 1, T0 - Duration.FromMinutes(1)));
        Assert.ThrowsAny<ArgumentException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", (Channel)0, ComplaintCategory.InUnitRepair, 1, null));
        Assert.Throws<ArgumentException>(() => new ComplaintAssessed(T0, Desk, ComplaintClass.General, T0));
        Assert.Throws<ArgumentException>(() => new DelayReported(T0, Engineer, T0 - Duration.FromHours(1), "缺配件"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintClosed(Instant.FromUtc(1, 1, 1, 0, 0), Desk));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintClosed(Instant.MinValue, Desk));
        Assert.Throws<ArgumentException>(() => new ComplaintClosed(T0, default));
        Assert.Equal(ComplaintCommand.MaxSubjectLength, new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, new string('漏', ComplaintCommand.MaxSubjectLength), Channel.Phone, ComplaintCategory.InUnitRepair, 1, null).Subject.Length);
    }

    [Fact]
    public void Commands_refuse_instants_outside_the_supported_years()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegisterAtFrontDesk(Instant.FromUtc(1600, 1, 1, 0, 0), Desk));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessComplaint(T0, Desk, ComplaintClass.General, Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Receipt(Instant.MinValue));
    }

    [Theory]
    [InlineData(nameof(ActorRole.Complainant))]
    [InlineData(nameof(ActorRole.Staff))]
    [InlineData(nameof(ActorRole.BoardDirector))]
    public void C3_only_the_front_desk_registers_assesses_and_dispatches(string roleName)
    {
        var role = Enum.Parse<ActorRole>(roleName);
        var s = Received();
        var before = s.State;
        var refused = s.TryThen(t => new RegisterAtFrontDesk(t, new Actor("X1", role)));
        Assert.Equal("C2", refused!.Rule.Value);
        Assert.Same(before, s.State);
        s.Routine();
        Assert.Equal("C3", s.TryThen(t => new DispatchToDepartment(t, new Actor("X1", role), Department.Engineering))!.Rule.Value);
    }

    [Fact]
    public void C6_a_complainant_cannot_assess_dispatch_resolve_verify_or_close_their_own_complaint()
    {
        var s = Received().Then(t => new RegisterAtFrontDesk(t, Desk));
        Assert.Equal("C3", s.TryThen(t => new AssessComplaint(t, Owner1, ComplaintClass.General, t + Duration.FromHours(4)))!.Rule.Value);
        s.Then(t => new AssessComplaint(t, Desk, ComplaintClass.General, t + Duration.FromHours(24)));
        Assert.Equal("C3", s.TryThen(t => new DispatchToDepartment(t, Owner1, Department.Engineering))!.Rule.Value);
        s.Then(t => new DispatchToDepartment(t, Desk, Department.Engineering));
        Assert.Equal("C3", s.TryThen(t => new ResolveComplaint(t, Owner1, "自己修好"))!.Rule.Value);
        Assert.Equal("C3", s.TryThen(t => new ResolveComplaint(t, Desk, "前台代修"))!.Rule.Value);
        s.Then(t => new ResolveComplaint(t, Engineer, "更换水管")).Then(t => new GiveFeedbackToFrontDesk(t, Engineer));
        Assert.Equal("C8", s.TryThen(t => new VerifyResolution(t, Owner1))!.Rule.Value);
        Assert.Equal("C6", s.TryThen(t => new RevisitComplainant(t, Owner1, true))!.Rule.Value);
        s.Then(t => new RevisitComplainant(t, Desk, true));
        s.Then(t => new ConfirmRecord(t, Owner1, ConfirmationMethod.Signature, "F-0001")).Replied();
        Assert.Equal("C14", s.TryThen(t => new CloseComplaint(t, Owner1))!.Rule.Value);
        Assert.Equal("C14", s.TryThen(t => new CloseComplaint(t, Engineer))!.Rule.Value);
        s.Then(t => new CloseComplaint(t, Desk));
        Assert.Equal(ComplaintStatus.Closed, s.State.Status);
    }

    [Fact]
    public void Every_command_has_a_role_table_entry_and_the_complainant_only_confirms_the_record_and_acknowledges_the_reply()
    {
        var commands = typeof(ComplaintCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ComplaintCommand)) && !t.IsAbstract).ToList();
        Assert.Equal(33, commands.Count);
        var samples = new ComplaintCommand[]
        {
            Receipt(T0), new RegisterAtFrontDesk(T0, Desk), new AssessComplaint(T0, Desk, ComplaintClass.General, T0 + Duration.FromHours(1)),
            new DispatchToDepartment(T0, Desk, Department.Engineering), new ReportDelay(T0, Engineer, T0 + Duration.FromHours(1), "缺件"),
            new ResolveComplaint(T0, Engineer, "好了"), new GiveFeedbackToFrontDesk(T0, Engineer), new VerifyResolution(T0, Desk),
            new RevisitComplainant(T0, Desk, true), new CloseComplaint(T0, Desk), new ConfirmRecord(T0, Desk, ConfirmationMethod.Phone, "CALL-1"), new ExplainToComplainant(T0, Desk),
            new RecordExplanationAccepted(T0, Desk), new RecordNotPersuaded(T0, Desk), new CoordinateByDepartmentHead(T0, DeptHead, "协调"),
            new NotifyDepartment(T0, Desk, Department.Security), new EscalateToCompanyLeader(T0, OfficeHead),
            new FileWrittenReport(T0, OfficeHead, ReportLevel.OfficeHead), new EscalateToBoardDirector(T0, Leader),
            new InformFirstContact(T0, Desk), new RecordEngineerArrival(T0, Engineer), new SendWrittenReply(T0, Desk, "已修复"), new AcknowledgeWrittenReply(T0, Owner1, ConfirmationMethod.Signature, "R-1"),
            new CallBackComplainant(T0, Desk), new RecordInvestigation(T0, Desk, "核实"), new ReferToOfficeDirector(T0, Desk),
            new MarkComplainantUnavailable(T0, Desk, "不在家"), new MarkComplainantAvailable(T0, Desk),
            new RecordOfficeCannotResolve(T0, OfficeHead), new RecordLeaderCannotCoordinate(T0, Leader),
            new RescheduleAppointment(T0, Desk, T0 + Duration.FromHours(2), "业主不在家"),
            new CloseByDirectorDecision(T0, new Actor("E6000", ActorRole.OfficeDirector), "维持原意见"),
            new RecordFirstContactResponse(T0, Receiver, FirstContactAction.Accepted),
        };
        Assert.Equal(commands.OrderBy(t => t.Name), samples.Select(c => c.GetType()).OrderBy(t => t.Name));
        foreach (var command in samples)
        {
            Assert.True(ComplaintRoles.IsAllowed(command), command.GetType().Name);
            Assert.Equal(command is ConfirmRecord or AcknowledgeWrittenReply, ComplaintRoles.AllowedFor(command).Contains(ActorRole.Complainant));
        }
    }

    [Fact]
    public void A_retried_command_with_the_same_idempotency_key_records_nothing_twice()
    {
        var s = Received();
        var register = new RegisterAtFrontDesk(s.Now + Duration.FromMinutes(1), Desk) { CommandId = "req-7f3a" };
        var first = Complaint.Decide(register, s.State);
        var registered = Assert.IsType<RegisteredAtFrontDesk>(Assert.Single(first.Events));
        Assert.Equal("req-7f3a", registered.CommandId);
        var state = Complaint.Evolve(s.State, registered);
        Assert.True(state.CommandIds.Contains("req-7f3a"));

        var retry = Complaint.Decide(register, state);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);

        // Still a no-op after the complaint moved on, and the key survives replay.
        state = Complaint.Execute(new AssessComplaint(register.At + Duration.FromMinutes(1), Desk, ComplaintClass.General, register.At + Duration.FromHours(5)), state).State;
        Assert.Empty(Complaint.Decide(register, state).Events);
        Assert.Equal(state, Complaint.Replay([s.Events[0], registered, .. Complaint.Decide(new AssessComplaint(register.At + Duration.FromMinutes(1), Desk, ComplaintClass.General, register.At + Duration.FromHours(5)), Complaint.Evolve(s.State, registered)).Events]));

        Assert.Throws<ArgumentException>(() => new RegisterAtFrontDesk(T0, Desk) { CommandId = "bad key\n" });
        Assert.Throws<ArgumentException>(() => new RegisterAtFrontDesk(T0, Desk) { CommandId = new string('k', 65) });
    }

    [Fact]
    public void A_retried_receipt_with_its_key_is_a_no_op_and_without_it_is_refused()
    {
        var receipt = Receipt(T0) with { CommandId = "rcv-1" };
        var state = Complaint.Execute(receipt, Complaint.Initial).State;
        Assert.Empty(Complaint.Decide(receipt, state).Events);
        Assert.Equal("C9", Complaint.Decide(Receipt(T0), state).Violation!.Rule.Value);
    }

    [Fact]
    public void One_shot_records_without_a_key_are_refused_when_repeated()
    {
        var s = new ComplaintScenario(T0).Then(t => Receipt(t, Channel.Written, ComplaintCategory.LiftEntrapment));
        s.Then(t => new NotifyDepartment(t, Receiver, Department.Engineering));
        Assert.Equal("C7", s.TryThen(t => new NotifyDepartment(t, Receiver, Department.Engineering))!.Rule.Value);
        s.Then(t => new RecordEngineerArrival(t, Engineer));
        Assert.Equal("C19", s.TryThen(t => new RecordEngineerArrival(t, Engineer))!.Rule.Value);
        s.Then(t => new CallBackComplainant(t, Desk));
        Assert.Equal("C18", s.TryThen(t => new CallBackComplainant(t, Desk))!.Rule.Value);
        s.Then(t => new RecordInvestigation(t, Desk, "电梯困人，已解救"));
        Assert.Equal("C12", s.TryThen(t => new RecordInvestigation(t, Desk, "再次核实"))!.Rule.Value);
        s.Then(t => new RegisterAtFrontDesk(t, Desk))
         .Then(t => new AssessComplaint(t, Desk, ComplaintClass.Emergency, t + Duration.FromHours(1)))
         .Then(t => new DispatchToDepartment(t, Desk, Department.Engineering))
         .Then(t => new ResolveComplaint(t, Engineer, "已解救"))
         .Then(t => new SendWrittenReply(t, Desk, "已解救"));
        Assert.Equal("C17", s.TryThen(t => new SendWrittenReply(t, Desk, "已解救"))!.Rule.Value);
        Assert.Equal(10, s.Events.Count);
    }

    [Fact]
    public void F2_the_last_supported_quarter_has_an_interval()
    {
        var interval = new Quarter(2149, 4).ToInterval(ChinaWorkingCalendar.Default.Zone);
        Assert.Equal(new LocalDate(2150, 1, 1), interval.End.InZone(ChinaWorkingCalendar.Default.Zone).Date);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2149, 4).Next());
    }

    [Fact]
    public void Money_never_overflows_it_refuses_amounts_beyond_its_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(decimal.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(Money.MaxAmount) + Money.Yuan(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(Money.MaxAmount) * decimal.MaxValue);
        Assert.Throws<ArgumentException>(() => Money.Yuan(100).Allocate([decimal.MaxValue, decimal.MaxValue]));
        Assert.Equal(Money.Yuan(100), Money.Yuan(100).Allocate([1m, 1m, 1m]).Aggregate((a, b) => a + b));
    }

    [Fact]
    public void Holiday_arrangements_take_the_new_year_days_of_the_year_before_and_refuse_others()
    {
        // holiday-cn's 2019.json lists 2018-12-29 (make-up day) to 2018-12-31 under 2019, as the 2019 notice does.
        const string Json2019 = """{"year":2019,"papers":[],"days":[{"name":"元旦","date":"2018-12-29","isOffDay":false},{"name":"元旦","date":"2018-12-31","isOffDay":true},{"name":"元旦","date":"2019-01-01","isOffDay":true}]}""";
        Assert.Equal(3, HolidayArrangement.FromHolidayCnJson(Encoding.UTF8.GetBytes(Json2019)).Days.Length);

        const string FarDate = """{"year":2019,"days":[{"name":"元旦","date":"2017-01-01","isOffDay":true}]}""";
        Assert.Contains("2017-01-01", Assert.Throws<FormatException>(() => HolidayArrangement.FromHolidayCnJson(Encoding.UTF8.GetBytes(FarDate))).Message, StringComparison.Ordinal);

        const string Duplicate = """{"year":2019,"year":2020,"days":[]}""";
        Assert.Throws<FormatException>(() => HolidayArrangement.FromHolidayCnJson(Encoding.UTF8.GetBytes(Duplicate)));
        Assert.Throws<FormatException>(() => HolidayArrangement.FromHolidayCnJson([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]));
        Assert.Throws<FormatException>(() => HolidayArrangement.FromHolidayCnJson(Encoding.UTF8.GetBytes("""{"year":2019,"days":[{"name":"\ud800","date":"2019-01-01","isOffDay":true}]}""")));
        Assert.Throws<FormatException>(() => HolidayArrangement.FromHolidayCnJson(Encoding.UTF8.GetBytes("""{"year":1e40,"days":[]}""")));
    }
}
