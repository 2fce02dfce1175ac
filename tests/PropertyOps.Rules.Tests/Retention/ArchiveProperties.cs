using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Retention;

namespace PropertyOps.Rules.Tests.Retention;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 300, QuietOnSuccess = true)]
public class ArchiveProperties
{
    private static readonly ArchivePolicy Policy = RetentionPresets.Archive;

    [Property]
    public void D3_parsing_a_formatted_index_number_gives_it_back(IndexNumber index)
    {
        Assert.Equal(index, IndexNumber.Parse(index.ToString()));
        Assert.True(IndexNumber.TryParse(index.ToString().AsSpan(), out var parsed));
        Assert.Equal(index, parsed);
    }

    [Property]
    public Property D3_no_garbage_crashes_the_parser_it_returns_an_error_with_a_position_inside_or_just_past_the_text() =>
        Prop.ForAll(Arbitraries.IndexNumberGarbage().ToArbitrary(), text =>
        {
            if (IndexNumber.TryParse(text, out var index, out var error))
            {
                Assert.Equal(text, index.ToString());
            }
            else
            {
                Assert.InRange(error.Position, 1, text.Length + 1);
                Assert.Throws<FormatException>(() => IndexNumber.Parse(text));
            }
        });

    [Property]
    public void D11_nothing_is_due_before_its_retention_ends_or_while_a_hold_covers_it(DispositionCase c)
    {
        var schedule = RetentionPresets.DocumentControlRegulation;
        var report = schedule.DueForDisposition(c.Records, c.Holds, c.Today);
        for (var i = 0; i < c.Records.Length; i++)
        {
            var record = c.Records[i];
            var judged = schedule.Judge(record, c.Holds, c.Today);
            Assert.Equal(judged.Status, report.StatusAt(i));
            Assert.Equal(judged.Reason, report.Explain(i).Reason);
            if (report.StatusAt(i) == DispositionStatus.Due)
            {
                Assert.DoesNotContain(c.Holds, h => h.Covers(record.Id, record.RecordType));
                var end = report.Explain(i).RetentionEndsOn!.Value;
                Assert.True(end <= c.Today);
                Assert.False(schedule.Rules[record.RecordType].Period.IsPermanent);
            }
        }

        Assert.Equal(report.DueCount, report.Due.Length);
        Assert.Equal(report.ReviewCount, report.NeedsReview.Length);
    }

    [Property]
    public void D7_granting_an_extra_approval_never_turns_an_allowed_loan_into_a_refusal_nor_lifts_a_refusal(LendingCase c)
    {
        var before = Policy.Lending.Decide(c.Document, c.Requester, c.Purpose, c.Approvals);
        var after = Policy.Lending.Decide(c.Document, c.Requester, c.Purpose, c.Approvals.Add(c.Extra));
        if (before.Outcome == LendingOutcome.Allowed)
        {
            Assert.Equal(LendingOutcome.Allowed, after.Outcome);
        }

        Assert.Equal(before.Outcome == LendingOutcome.Refused, after.Outcome == LendingOutcome.Refused);
        Assert.Equal(before.Outcome == LendingOutcome.NeedsApproval, before.Approver is not null);
    }

    [Property]
    public void D7_D8_an_approval_from_a_higher_role_never_worsens_a_decision(LendingCase c)
    {
        // Replace every approval by the next role up (department head → office director → general manager).
        static Approval Up(Approval a) => a.Approver.Role switch
        {
            ActorRole.DepartmentHead => Approval.ByOfficeDirector(a.Approver.Id),
            ActorRole.OfficeDirector => Approval.ByGeneralManager(a.Approver.Id),
            _ => a,
        };

        static int Rank(LendingOutcome o) => o switch { LendingOutcome.Allowed => 2, LendingOutcome.NeedsApproval => 1, _ => 0 };
        var before = Policy.Lending.Decide(c.Document, c.Requester, c.Purpose, c.Approvals);
        var after = Policy.Lending.Decide(c.Document, c.Requester, c.Purpose, [.. c.Approvals.Select(Up)]);
        Assert.True(Rank(after.Outcome) >= Rank(before.Outcome), $"{before} became {after}");
        foreach (var role in new[] { ActorRole.DepartmentHead, ActorRole.OfficeDirector, ActorRole.GeneralManager })
        {
            Assert.True(!c.Extra.Satisfies(role) || Up(c.Extra).Satisfies(role));
        }
    }

    [Property]
    public void D10_the_copies_kept_on_file_survive_every_destruction_sequence(ArchiveScript script)
    {
        var (state, history) = Play(script);
        foreach (var voided in history.OfType<DocumentVoided>())
        {
            var destroyed = history.OfType<DocumentDestroyed>().Where(d => d.Number == voided.Number && d.Version == voided.Version && d.At >= voided.At).SelectMany(d => d.DistributionNumbers).ToHashSet();
            Assert.DoesNotContain(destroyed, voided.Kept.Contains);
            var document = state.Find(voided.Number, voided.Version)!;
            Assert.All(voided.Kept, n => Assert.True(n == 0 ? !document.OriginalDestroyed && document.OriginalKeptVoid : document.Copies[n].Status == CopyStatus.KeptVoid));
        }
    }

    [Property]
    public void D9_D10_every_accepted_destruction_has_two_distinct_people_and_distribution_numbers_never_collide(ArchiveScript script)
    {
        var (_, history) = Play(script);
        Assert.All(history.OfType<DocumentDestroyed>(), d => Assert.NotEqual(d.Executor.Id, d.Supervisor.Id));
        foreach (var document in history.OfType<DocumentRegistered>().Select(r => r.Document.Number))
        {
            var given = history.OfType<CopiesDistributed>().Where(e => e.Number == document).SelectMany(e => e.DistributionNumbers)
                .Concat(history.OfType<CopyReissued>().Where(e => e.Number == document).Select(e => e.NewNumber)).ToList();
            Assert.Equal(given.Count, given.Distinct().Count());
            Assert.All(history.OfType<CopyReissued>().Where(e => e.Number == document), e => Assert.Equal(given.Where(n => n < e.NewNumber).Max(), e.NewNumber - 1));
        }

        Assert.Equal(ArchiveDesk.Replay(history), Play(script).State);
    }

    [Property]
    public void D11_no_document_is_destroyed_before_its_retention_ends_or_while_held(ArchiveScript script)
    {
        var (_, history) = Play(script);
        var state = ArchiveState.Empty;
        foreach (var e in history)
        {
            if (e is DocumentDestroyed d)
            {
                var document = state.Find(d.Number, d.Version)!;
                Assert.Null(state.HoldOn(document.Document));
                if (document.Document.RecordType.Length > 0)
                {
                    var today = d.At.InZone(Policy.Zone).Date;
                    Assert.Equal(DispositionStatus.Due, Policy.Retention.Judge(RetainedRecord.Of(document.Document, document.VoidedAt?.InZone(Policy.Zone).Date), [], today).Status);
                }
            }

            state = ArchiveDesk.Evolve(state, e);
        }
    }

    [Fact]
    public void The_archive_scripts_reach_every_kind_of_record()
    {
        var kinds = Arbitraries.ArchiveScript().Generator.Sample(300, 50).SelectMany(s => Play(s).History).Select(e => e.GetType().Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "DocumentRegistered", "CopiesDistributed", "CopyReissued", "DocumentVoided", "DocumentDestroyed", "HoldPlaced", "HoldReleased" }, kinds);
    }

    private static readonly Actor[] People = [new("A001", ActorRole.Staff), new("A002", ActorRole.OfficeDirector), new("A003", ActorRole.Staff), new("G001", ActorRole.GeneralManager)];

    private static (ArchiveState State, ImmutableArray<ArchiveEvent> History) Play(ArchiveScript script)
    {
        var documents = new[]
        {
            Document.Controlled("DWG-1", "A/0", "图纸", ControlledKind.Drawings, Confidentiality.C, "工程部", new LocalDate(2025, 1, 1)),
            Document.Controlled("QR-WD01-02-05", "A/0", "文件复印登记表", ControlledKind.QualitySystem, Confidentiality.C, "办公室", new LocalDate(2024, 1, 1)) with { RecordType = "copy-register", ClosedOn = new LocalDate(2025, 6, 30) },
            Document.Controlled("QR-WD01-02-04", "A/0", "借阅登记表", ControlledKind.QualitySystem, Confidentiality.C, "办公室", new LocalDate(2025, 1, 1)) with { RecordType = "borrowing-register", ClosedOn = new LocalDate(2026, 5, 1) },
        };
        var state = ArchiveState.Empty;
        var history = ImmutableArray.CreateBuilder<ArchiveEvent>();
        var at = Instant.FromUtc(2026, 1, 5, 2, 0);
        var n = 0;
        var clerk = People[0];
        foreach (var step in script.Steps)
        {
            at += Duration.FromDays(9);
            var d = documents[step.Document];
            var approvals = step.Approved ? ImmutableArray.Create(Approval.ByGeneralManager("G001"), Approval.ByOfficeDirector("A002")) : [];
            ArchiveCommand command = step.Kind switch
            {
                0 => new RegisterDocument(at, clerk, $"c{n++}", d),
                1 => new DistributeCopies(at, clerk, $"c{n++}", d.Number, d.Version, step.A % 2 == 0 ? "工程部" : "客服部", 1 + step.B, People[0]),
                2 => new ReissueCopy(at, clerk, $"c{n++}", d.Number, d.Version, 1 + step.A, step.B % 2 == 0 ? ReissueReason.Damaged : ReissueReason.Lost, step.B % 3 != 0, approvals),
                3 => new VoidDocument(at, clerk, $"c{n++}", d.Number, d.Version, [.. Enumerable.Range(step.A % 3, 1 + (step.B % 3))], approvals),
                4 or 5 => new DestroyDocument(at, clerk, $"c{n++}", d.Number, d.Version, step.A == 0 ? [] : [step.A], People[step.A % 3], People[step.B % 3], approvals),
                6 => new PlaceHold(at, People[1], $"c{n++}", new LegalHold($"H{step.A % 2}", HoldReason.Investigation, step.B % 2 == 0 ? [d.Number] : [], step.B % 2 == 1 ? [d.RecordType.Length > 0 ? d.RecordType : "none"] : [])),
                _ => new ReleaseHold(at, People[1], $"c{n++}", $"H{step.A % 2}"),
            };
            var decision = ArchiveDesk.Decide(command, state, Policy);
            if (decision.IsAccepted)
            {
                foreach (var e in decision.Events)
                {
                    state = ArchiveDesk.Evolve(state, e);
                    history.Add(e);
                }
            }
        }

        return (state, history.ToImmutable());
    }
}
