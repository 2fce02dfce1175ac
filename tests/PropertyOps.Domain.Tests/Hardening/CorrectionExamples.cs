using System;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Domain.Fees;
using PropertyOps.Domain.Tests.Complaints;
using static PropertyOps.Domain.Tests.Complaints.ComplaintScenario;

namespace PropertyOps.Domain.Tests.Hardening;

/// <summary>The last strict-input gaps: invariants in one place, roles, bounds and masked messages.</summary>
public class CorrectionExamples
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 9, 30, 1, 0);

    [Fact]
    public void C20_the_event_refuses_a_repair_order_without_an_appointment_as_Decide_does()
    {
        var e = Assert.Throws<ArgumentException>(() => new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", Channel.RepairOrder, ComplaintCategory.InUnitRepair, 1, null));
        Assert.Contains("C20", e.Message, StringComparison.Ordinal);
        Assert.Equal("C20", Complaint.Decide(Receipt(T0, Channel.RepairOrder), Complaint.Initial).Violation!.Rule.Value);
        Assert.NotNull(new ComplaintReceived(T0, Receiver, ComplaintId.Parse("TS-1"), Owner, "漏水", Channel.RepairOrder, ComplaintCategory.InUnitRepair, 1, T0 + Duration.FromHours(2)));
    }

    [Fact]
    public void C6_revisits_are_the_centres_not_the_department_that_did_the_work()
    {
        var s = new ComplaintScenario(T0).Then(t => Receipt(t)).Routine().ThroughFeedback();
        Assert.Equal("C6", s.TryThen(t => new RevisitComplainant(t, Engineer, true))!.Rule.Value);
        Assert.Equal("C6", s.TryThen(t => new RevisitComplainant(t, DeptHead, true))!.Rule.Value);
        Assert.DoesNotContain(ActorRole.Staff, ComplaintRoles.AllowedFor(new RevisitComplainant(T0, Desk, true)));
        s.Then(t => new RevisitComplainant(t, Desk, true));
        Assert.True(s.State.LastRevisitSatisfied);
    }

    [Theory]
    [InlineData("e1001")]
    [InlineData(" E1001 ")]
    [InlineData("Ｅ１００１")]
    public void Employee_ids_are_one_id_however_typed(string typed)
    {
        Assert.Equal(new Actor("E1001", ActorRole.Staff), new Actor(typed, ActorRole.Staff));
        Assert.Throws<ArgumentException>(() => new Actor("E 1001", ActorRole.Staff));
        Assert.Throws<ArgumentException>(() => new Actor("１３８１２３４５６７８", ActorRole.Staff)); // a full-width phone number is still a phone number
    }

    [Fact]
    public void F3_a_score_scale_refuses_bounds_whose_span_cannot_be_represented_and_normalising_never_overflows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreScale(decimal.MinValue, decimal.MaxValue, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreScale(-2_000_000, 0, 0));
        var wide = new ScoreScale(-ScoreScale.MaxBound, ScoreScale.MaxBound, 0);
        Assert.Equal(1m, wide.Normalise(ScoreScale.MaxBound));
        Assert.Equal(0.5m, wide.Normalise(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => wide.Normalise(decimal.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ScoreScale).Normalise(0));
    }

    [Theory]
    [InlineData("1-1-0102", "1-*-**02")]
    [InlineData("3栋2单元1201", "3******01")]
    [InlineData("张三", "**")]
    [InlineData("H4321", "H***1")]
    public void D14_personal_data_in_messages_is_masked(string value, string masked)
    {
        Assert.Equal(masked, Redaction.Mask(value));
        Assert.Equal("(null)", Redaction.Mask(null));
        Assert.True(Redaction.Mask(new string('户', 500)).Length <= Redaction.MaxExcerptLength + 1);
    }

    [Fact]
    public void D13_a_customer_file_holds_twelve_sections_and_a_document_names_its_section()
    {
        // 002 篇3 §3: company details, payments and deposits, renovation, move-in, supplements, contacts, emergency contacts,
        // correspondence, violations and arrears, repairs, complaints, unit engineering.
        var sections = Enum.GetValues<CustomerFileSection>();
        Assert.Equal(12, sections.Length);
        Assert.Equal(Enumerable.Range(1, 12), sections.Select(s => (int)s));
        var complaintRecord = Document.Controlled("OF-3-2-1201-C", "A/0", "客户意见处理表", ControlledKind.OwnerFile, Confidentiality.B, "客服部", new LocalDate(2026, 10, 9)) with { CustomerSection = CustomerFileSection.Complaints };
        Assert.Equal(CustomerFileSection.Complaints, complaintRecord.CustomerSection);
        Assert.Throws<ArgumentOutOfRangeException>(() => complaintRecord with { CustomerSection = (CustomerFileSection)13 });
    }
}
