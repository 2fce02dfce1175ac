using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Retention;

namespace PropertyOps.Rules.Tests.Retention;

/// <summary>The document-control regulation (D1–D12) at the archive desk.</summary>
public class ArchiveExamples
{
    private static readonly ArchivePolicy Policy = RetentionPresets.Archive;
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Actor Clerk = new("A001", ActorRole.Staff);
    private static readonly Actor Receiver = new("E3001", ActorRole.Staff);
    private static readonly Actor Director = new("A002", ActorRole.OfficeDirector);
    private static readonly Approval Gm = Approval.ByGeneralManager("G001");
    private static readonly Approval Od = Approval.ByOfficeDirector("A002");
    private static int _ids;

    private static Instant At(int y, int m, int d) => new LocalDateTime(y, m, d, 10, 0).InZoneStrictly(Shanghai).ToInstant();

    private static string Id() => $"cmd-{System.Threading.Interlocked.Increment(ref _ids)}";

    private static Document Resolution => Document.Controlled("BD-2026-01", "A/0", "董事会决议", ControlledKind.InternalRecords, Confidentiality.A, "办公室", new LocalDate(2026, 1, 5));

    private static Document Drawing => Document.Controlled("DWG-3-101", "B/1", "3 号楼给排水图", ControlledKind.Drawings, Confidentiality.C, "工程部", new LocalDate(2025, 3, 1));

    private static Document OwnerFile => Document.Controlled("OF-3-2-1201", "A/0", "3-2-1201 业主档案", ControlledKind.OwnerFile, Confidentiality.B, "客服部", new LocalDate(2024, 6, 1)) with { CustomerSection = CustomerFileSection.MoveIn };

    private static Document Minutes => Document.Uncontrolled("WS-2026-007", "A/0", "管理处会议纪要", UncontrolledCategory.Correspondence, Confidentiality.C, "办公室", new LocalDate(2026, 2, 1)) with { IsDocumentaryArchive = true };

    private static Document Register => Document.Controlled("QR-WD01-02-04", "A/0", "文件、资料借阅登记表 2024", ControlledKind.QualitySystem, Confidentiality.C, "办公室", new LocalDate(2024, 1, 2)) with { RecordType = "borrowing-register", ClosedOn = new LocalDate(2024, 12, 31) };

    private static ArchiveState With(params Document[] documents) =>
        documents.Aggregate(ArchiveState.Empty, (s, d) => ArchiveDesk.Execute(new RegisterDocument(At(2026, 3, 1), Clerk, Id(), d), s, Policy).State);

    private static Decision<ArchiveEvent> Lend(ArchiveState state, Document d, Requester who, LoanPurpose purpose = LoanPurpose.Borrow, params Approval[] approvals) =>
        ArchiveDesk.Decide(new LendDocument(At(2026, 3, 10), Clerk, Id(), $"L-{_ids}", d.Number, d.Version, who, purpose, purpose == LoanPurpose.Borrow ? new LocalDate(2026, 3, 20) : new LocalDate(2026, 3, 10), [.. approvals]), state, Policy);

    [Fact]
    public void D1_D2_documents_are_controlled_of_a_kind_or_uncontrolled_of_a_category_coded_1_to_7()
    {
        Assert.True(Drawing.IsControlled);
        Assert.Equal(ControlledKind.Drawings, Drawing.Kind);
        Assert.True(Drawing.IsTechnicalDrawing);
        Assert.Equal(0, Drawing.CategoryCode);
        Assert.False(Minutes.IsControlled);
        Assert.Equal(1, Minutes.CategoryCode);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Enum.GetValues<UncontrolledCategory>().Select(c => (int)c));
        Assert.Equal(6, Enum.GetValues<ControlledKind>().Length);
        Assert.Throws<ArgumentException>(() => Document.Controlled("bad number!", "A/0", "x", ControlledKind.Drawings, Confidentiality.C, "工程部", new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Document.Uncontrolled("N-1", "A/0", "x", (UncontrolledCategory)8, Confidentiality.C, "办公室", new LocalDate(2026, 1, 1)));
    }

    [Theory]
    [InlineData("3-12.7-05", 3, 12, 7, 5)]
    [InlineData("1-1.1-01", 1, 1, 1, 1)]
    [InlineData("7-9999.9999-99", 7, 9999, 9999, 99)]
    public void D3_an_index_number_is_category_cabinet_sequence_box(string text, int category, int cabinet, int sequence, int box)
    {
        var index = IndexNumber.Parse(text);
        Assert.Equal((category, cabinet, sequence, box), (index.Category, index.Cabinet, index.Sequence, index.Box));
        Assert.Equal(text, index.ToString());
    }

    [Theory]
    [InlineData("", 1, "a category code 1–7")]
    [InlineData("3", 2, "'-'")]
    [InlineData("3-12-7-05", 5, "'.'")]
    [InlineData("3-12.7-5", 9, "two-digit box")]
    [InlineData("3-12.7-00", 8, "two-digit box")]
    [InlineData("3-12.7-055", 10, "the end")]
    [InlineData("03-12.7-05", 1, "a category code 1–7")]
    [InlineData("8-12.7-05", 1, "a category code 1–7 (D2)")]
    [InlineData("12-1.7-05", 1, "a category code 1–7")]
    [InlineData("3-012.7-05", 3, "without leading zeros")]
    [InlineData("3-12.x-05", 6, "a number")]
    [InlineData("3-12.10000-05", 6, "1–9999")]
    [InlineData("３-12.7-05", 1, "a category code")]
    public void D3_a_malformed_index_number_is_refused_with_the_position_of_the_error(string text, int position, string expected)
    {
        Assert.False(IndexNumber.TryParse(text, out _, out var error));
        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => IndexNumber.Parse(text));
        Assert.Contains($"position {position}", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D4_the_archive_catalogue_finds_entries_and_cabinets_by_index_number()
    {
        var catalogue = ArchiveCatalogue.Create(
            [new CatalogueEntry(IndexNumber.Parse("1-1.2-01"), "BD-2026-01", "A/0", 1, "董事会决议"), new CatalogueEntry(IndexNumber.Parse("2-3.1-04"), "DWG-3-101", "B/1", 2, "")],
            [new CabinetRange("办公室 1 号柜", IndexNumber.Parse("1-1.1-01"), IndexNumber.Parse("1-1.99-99")), new CabinetRange("办公室 2 号柜", IndexNumber.Parse("2-1.1-01"), IndexNumber.Parse("2-9.99-99"))]);
        Assert.Equal("BD-2026-01", catalogue.Find("1-1.2-01")!.DocumentNumber);
        Assert.Equal("办公室 2 号柜", catalogue.CabinetFor(IndexNumber.Parse("2-3.1-04"))!.Label);
        Assert.Null(catalogue.Find("1-1.2-02"));
        Assert.Null(catalogue.CabinetFor(IndexNumber.Parse("3-1.1-01")));
        Assert.Throws<FormatException>(() => catalogue.Find("1-1.2"));
        Assert.Throws<ArgumentException>(() => ArchiveCatalogue.Create([new CatalogueEntry(IndexNumber.Parse("1-1.2-01"), "X", "A", 1, ""), new CatalogueEntry(IndexNumber.Parse("1-1.2-01"), "Y", "A", 1, "")], []));
        Assert.Throws<ArgumentException>(() => ArchiveCatalogue.Create([], [new CabinetRange("1", IndexNumber.Parse("1-1.1-01"), IndexNumber.Parse("1-2.1-01")), new CabinetRange("2", IndexNumber.Parse("1-1.5-01"), IndexNumber.Parse("1-3.1-01"))]));

        // The desk refuses a second document under the same index number.
        var filed = Minutes with { Index = IndexNumber.Parse("1-1.1-01") };
        var state = With(filed);
        var again = ArchiveDesk.Decide(new RegisterDocument(At(2026, 3, 2), Clerk, Id(), Document.Uncontrolled("WS-2026-008", "A/0", "会议纪要", UncontrolledCategory.Correspondence, Confidentiality.C, "办公室", new LocalDate(2026, 2, 2)) with { Index = filed.Index }), state, Policy);
        Assert.Equal("D4", again.Violation!.Rule.ToString());
    }

    [Fact]
    public void D3_an_index_numbers_category_is_the_documents_own_D2_category()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexNumber(8, 1, 1, 1));
        Assert.Equal(7, IndexNumber.MaxCategory);

        // Minutes are internal correspondence, category 1: filed under 1-…, refused under 2-… or on a controlled document.
        var ok = ArchiveDesk.Decide(new RegisterDocument(At(2026, 3, 1), Clerk, Id(), Minutes with { Index = IndexNumber.Parse("1-2.3-04") }), ArchiveState.Empty, Policy);
        Assert.True(ok.IsAccepted);
        var wrong = ArchiveDesk.Decide(new RegisterDocument(At(2026, 3, 1), Clerk, Id(), Minutes with { Index = IndexNumber.Parse("2-2.3-04") }), ArchiveState.Empty, Policy);
        Assert.Equal("D3", wrong.Violation!.Rule.Value);
        Assert.Contains("category 2", wrong.Violation.Message, StringComparison.Ordinal);
        var controlled = ArchiveDesk.Decide(new RegisterDocument(At(2026, 3, 1), Clerk, Id(), Drawing with { Index = IndexNumber.Parse("1-1.1-01") }), ArchiveState.Empty, Policy);
        Assert.Equal("D3", controlled.Violation!.Rule.Value);
    }

    [Fact]
    public void D5_distributed_copies_get_consecutive_distribution_numbers_per_department()
    {
        var state = With(Drawing);
        (state, var first) = ArchiveDesk.Execute(new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "工程部", 3, Receiver), state, Policy);
        (state, var second) = ArchiveDesk.Execute(new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "客服部", 2, Receiver), state, Policy);
        Assert.Equal([1, 2, 3], ((CopiesDistributed)first[0]).DistributionNumbers.ToArray());
        Assert.Equal([4, 5], ((CopiesDistributed)second[0]).DistributionNumbers.ToArray());
        Assert.Equal("客服部", state.Find(Drawing.Number, Drawing.Version)!.Copies[5].Department);
    }

    [Fact]
    public void D6_loans_are_due_back_checked_on_return_with_damage_and_cause_and_overdue_ones_listed()
    {
        var state = With(Drawing);
        var staff = new Requester(RequesterKind.Staff, "李工", "工程部");
        var lend = new LendDocument(At(2026, 3, 10), Clerk, "lend-1", "L-1", Drawing.Number, Drawing.Version, staff, LoanPurpose.Borrow, new LocalDate(2026, 3, 20), [Approval.ByDepartmentHead("E001", "工程部")]);
        (state, _) = ArchiveDesk.Execute(lend, state, Policy);
        Assert.Empty(state.Overdue(new LocalDate(2026, 3, 20)));
        Assert.Equal("L-1", Assert.Single(state.Overdue(new LocalDate(2026, 3, 21))).Grant.LoanId);

        // Lent again while out: refused; returned damaged, with the cause, late.
        LendDocument Lend2(string command, string loan, Instant at, LocalDate due) => new(at, Clerk, command, loan, Drawing.Number, Drawing.Version, staff, LoanPurpose.Borrow, due, [Approval.ByDepartmentHead("E001", "工程部")]);
        Assert.Equal("D6", ArchiveDesk.Decide(Lend2("lend-2", "L-2", At(2026, 3, 10), new LocalDate(2026, 3, 20)), state, Policy).Violation!.Rule.ToString());
        Assert.Throws<ArgumentException>(() => new ReturnLoan(At(2026, 3, 22), Clerk, "ret-1", "L-1", ReturnCondition.Damaged));
        (state, var returned) = ArchiveDesk.Execute(new ReturnLoan(At(2026, 3, 22), Clerk, "ret-1", "L-1", ReturnCondition.Damaged, "茶水污损"), state, Policy);
        var back = Assert.IsType<LoanReturned>(Assert.Single(returned));
        Assert.True(back.Late);
        Assert.Equal("茶水污损", back.DamageCause);
        Assert.Empty(state.Overdue(new LocalDate(2026, 4, 1)));

        // A retry of the same request records nothing; a loan beyond 30 days is refused.
        Assert.True(ArchiveDesk.Decide(lend, state, Policy).Events.IsEmpty);
        Assert.Equal("D6", ArchiveDesk.Decide(Lend2("lend-3", "L-3", At(2026, 3, 23), new LocalDate(2026, 5, 1)), state, Policy).Violation!.Rule.ToString());
    }

    [Fact]
    public void D7_a_courts_request_for_an_A_level_file_needs_the_general_managers_approval_and_checked_credentials()
    {
        var state = With(Resolution);
        var court = new Requester(RequesterKind.LawEnforcement, "浦东新区人民法院", CredentialsVerified: true);
        var without = Lend(state, Resolution, court, LoanPurpose.Borrow, Od);
        Assert.Equal("D7", without.Violation!.Rule.ToString());
        Assert.Equal(LendingOutcome.NeedsApproval, Policy.Lending.Decide(Resolution, court, LoanPurpose.Borrow, [Od]).Outcome);
        Assert.Equal(ActorRole.GeneralManager, Policy.Lending.Decide(Resolution, court, LoanPurpose.Borrow, []).Approver);
        var with = Lend(state, Resolution, court, LoanPurpose.Borrow, Gm);
        Assert.True(with.IsAccepted);
        Assert.Equal("D7", ((LoanGranted)with.Events[0]).Rule.ToString());

        // Credentials not yet checked: refused whatever the approvals.
        Assert.Equal(LendingOutcome.Refused, Policy.Lending.Decide(Resolution, court with { CredentialsVerified = false }, LoanPurpose.Borrow, [Gm]).Outcome);
    }

    [Fact]
    public void D7_each_level_needs_its_approver_regulators_see_B_and_C_owners_see_drawings_and_public_notices_outsiders_nothing()
    {
        var staff = new Requester(RequesterKind.Staff, "王芳", "客服部");
        var regulator = new Requester(RequesterKind.IndustryRegulator, "区房管局");
        var owner = new Requester(RequesterKind.Owner, "张伟");
        var outsider = new Requester(RequesterKind.OtherOutsider, "某咨询公司");
        LendingOutcome Ask(Document d, Requester r, params Approval[] a) => Policy.Lending.Decide(d, r, LoanPurpose.Borrow, a).Outcome;

        Assert.Equal(LendingOutcome.NeedsApproval, Ask(Resolution, staff, Od));
        Assert.Equal(LendingOutcome.Allowed, Ask(Resolution, staff, Gm));
        Assert.Equal(LendingOutcome.Allowed, Ask(OwnerFile, staff, Od));
        Assert.Equal(LendingOutcome.NeedsApproval, Ask(OwnerFile, staff, Approval.ByDepartmentHead("K001", "客服部")));
        Assert.Equal(LendingOutcome.NeedsApproval, Ask(Drawing, staff, Approval.ByDepartmentHead("K001", "客服部")));
        Assert.Equal(LendingOutcome.Allowed, Ask(Drawing, staff, Approval.ByDepartmentHead("E001", "工程部")));

        // A higher role's approval stands in for a lower one (general manager ⊃ office director ⊃ department head).
        Assert.Equal(LendingOutcome.Allowed, Ask(OwnerFile, staff, Gm));
        Assert.Equal(LendingOutcome.Allowed, Ask(Drawing, staff, Od));
        Assert.Equal(LendingOutcome.Allowed, Ask(Drawing, staff, Gm));

        Assert.Equal(LendingOutcome.Refused, Ask(Resolution, regulator, Gm));
        Assert.Equal(LendingOutcome.Allowed, Ask(OwnerFile, regulator, Od));

        // An owner asking for a B-level file is refused; a technical drawing needs its department head; a public notice is open.
        var refused = Policy.Lending.Decide(OwnerFile, owner, LoanPurpose.Borrow, [Od]);
        Assert.Equal((LendingOutcome.Refused, "D7"), (refused.Outcome, refused.Rule.ToString()));
        Assert.Equal(LendingOutcome.Allowed, Ask(Drawing, owner, Approval.ByDepartmentHead("E001", "工程部")));
        Assert.Equal(LendingOutcome.Allowed, Ask(Minutes with { IsDocumentaryArchive = false, IsPostedPublicly = true }, owner));
        Assert.Equal(LendingOutcome.Refused, Ask(Drawing, outsider, Gm, Od));

        // The refusal records nothing and says why (the requester's name never appears).
        var state = With(OwnerFile);
        var decision = Lend(state, OwnerFile, owner, LoanPurpose.Borrow, Od);
        Assert.Equal("D7", decision.Violation!.Rule.ToString());
        Assert.True(decision.Events.IsEmpty);
        Assert.DoesNotContain("张伟", decision.Violation.Message, StringComparison.Ordinal);
        Assert.Equal("Owner 张*", owner.ToString());
    }

    [Fact]
    public void D8_copying_needs_the_office_directors_approval()
    {
        var state = With(Drawing);
        CopyDocument Copy(params Approval[] approvals) => new(At(2026, 3, 10), new Actor("E002", ActorRole.Staff), Id(), Drawing.Number, Drawing.Version, 2, [.. approvals]);
        Assert.Equal("D8", ArchiveDesk.Decide(Copy(), state, Policy).Violation!.Rule.ToString());
        var copied = Assert.IsType<DocumentCopied>(Assert.Single(ArchiveDesk.Decide(Copy(Od), state, Policy).Events));
        Assert.Equal(2, copied.Copies);
    }

    [Fact]
    public void D9_a_reissue_needs_approval_and_the_damaged_copy_back_and_continues_the_distribution_numbers()
    {
        var state = With(Drawing);
        (state, _) = ArchiveDesk.Execute(new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "工程部", 3, Receiver), state, Policy);
        ReissueCopy Reissue(bool returned, params Approval[] approvals) => new(At(2026, 3, 11), Clerk, Id(), Drawing.Number, Drawing.Version, 2, ReissueReason.Damaged, returned, [.. approvals]);
        Assert.Equal("D9", ArchiveDesk.Decide(Reissue(false, Od), state, Policy).Violation!.Rule.ToString());
        Assert.Equal("D9", ArchiveDesk.Decide(Reissue(true), state, Policy).Violation!.Rule.ToString());
        (state, var events) = ArchiveDesk.Execute(Reissue(true, Od), state, Policy);
        Assert.Equal((2, 4), (((CopyReissued)events[0]).Replaced, ((CopyReissued)events[0]).NewNumber));
        // A lost copy is voided with the general manager's approval (§5.9.2) before it is replaced.
        var lost = new ReissueCopy(At(2026, 3, 12), Clerk, Id(), Drawing.Number, Drawing.Version, 4, ReissueReason.Lost, false, [Od]);
        Assert.Contains("general manager", ArchiveDesk.Decide(lost, state, Policy).Violation!.Message, StringComparison.Ordinal);
        (state, events) = ArchiveDesk.Execute(new ReissueCopy(At(2026, 3, 12), Clerk, Id(), Drawing.Number, Drawing.Version, 4, ReissueReason.Lost, false, [Od, Gm]), state, Policy);
        Assert.Equal(5, ((CopyReissued)events[0]).NewNumber);
        Assert.Equal(CopyStatus.Withdrawn, state.Find(Drawing.Number, Drawing.Version)!.Copies[2].Status);
        Assert.Equal(CopyStatus.Lost, state.Find(Drawing.Number, Drawing.Version)!.Copies[4].Status);
        Assert.False(state.Find(Drawing.Number, Drawing.Version)!.IsDestroyable(4));
    }

    [Fact]
    public void D10_voiding_needs_the_general_manager_keeps_one_or_two_copies_stamped_void_and_notifies_every_department()
    {
        var state = With(Drawing, OwnerFile);
        (state, _) = ArchiveDesk.Execute(new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "工程部", 4, Receiver), state, Policy);
        VoidDocument Voiding(int[] keep, params Approval[] approvals) => new(At(2026, 4, 1), Clerk, Id(), Drawing.Number, Drawing.Version, [.. keep], [.. approvals]);
        Assert.Equal("D10", ArchiveDesk.Decide(Voiding([1], Od), state, Policy).Violation!.Rule.ToString());
        Assert.Equal("D10", ArchiveDesk.Decide(Voiding([], Gm), state, Policy).Violation!.Rule.ToString());
        Assert.Equal("D10", ArchiveDesk.Decide(Voiding([1, 2, 3], Gm), state, Policy).Violation!.Rule.ToString());
        (state, var events) = ArchiveDesk.Execute(Voiding([1, 2], Gm), state, Policy);
        var voided = Assert.IsType<DocumentVoided>(Assert.Single(events));
        Assert.Equal([1, 2], voided.Kept.ToArray());
        Assert.Equal([3, 4], voided.ToDestroy.ToArray());
        Assert.Equal(["客服部", "工程部"], voided.Notices.Order(StringComparer.Ordinal));
        Assert.Contains("作废声明", voided.NoticeText(), StringComparison.Ordinal);
        Assert.Equal(CopyStatus.KeptVoid, state.Find(Drawing.Number, Drawing.Version)!.Copies[1].Status);

        // Destruction: approval, two different people; the register keeps number, version and distribution numbers.
        DestroyDocument Destroy(int day, Actor supervisor, params Approval[] approvals) => new(At(2026, 4, day), Clerk, Id(), Drawing.Number, Drawing.Version, [3, 4], new Actor("A001", ActorRole.Staff), supervisor, [.. approvals]);
        Assert.Equal("D10", ArchiveDesk.Decide(Destroy(2, new Actor("A001", ActorRole.Staff), Gm), state, Policy).Violation!.Rule.ToString());
        Assert.Equal("D10", ArchiveDesk.Decide(Destroy(2, Director, Od), state, Policy).Violation!.Rule.ToString());
        (state, events) = ArchiveDesk.Execute(Destroy(2, Director, Gm), state, Policy);
        var destroyed = Assert.IsType<DocumentDestroyed>(Assert.Single(events));
        Assert.Equal((Drawing.Number, Drawing.Version), (destroyed.Number, destroyed.Version));
        Assert.Equal([3, 4], destroyed.DistributionNumbers.ToArray());
        Assert.NotEqual(destroyed.Executor.Id, destroyed.Supervisor.Id);
        Assert.Equal("D10", ArchiveDesk.Decide(Destroy(3, Director, Gm), state, Policy).Violation!.Rule.ToString());
    }

    [Fact]
    public void D10_the_copies_kept_on_file_stamped_void_are_never_destroyed()
    {
        var state = With(Drawing);
        (state, _) = ArchiveDesk.Execute(new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "工程部", 3, Receiver), state, Policy);
        (state, _) = ArchiveDesk.Execute(new VoidDocument(At(2026, 4, 1), Clerk, Id(), Drawing.Number, Drawing.Version, [0, 2], [Gm]), state, Policy);
        DestroyDocument Destroy(int[] numbers) => new(At(2026, 4, 2), Clerk, Id(), Drawing.Number, Drawing.Version, [.. numbers], new Actor("A001", ActorRole.Staff), Director, [Gm]);

        // Naming a kept copy (the original, 0, or copy 2) is refused; without a list only the copies not kept go.
        Assert.Contains("never destroyed", ArchiveDesk.Decide(Destroy([2]), state, Policy).Violation!.Message, StringComparison.Ordinal);
        Assert.Equal("D10", ArchiveDesk.Decide(Destroy([0, 1]), state, Policy).Violation!.Rule.Value);
        var (after, events) = ArchiveDesk.Execute(Destroy([]), state, Policy);
        Assert.Equal([1, 3], ((DocumentDestroyed)events[0]).DistributionNumbers.ToArray());
        var document = after.Find(Drawing.Number, Drawing.Version)!;
        Assert.False(document.OriginalDestroyed);
        Assert.True(document.OriginalKeptVoid);
        Assert.Equal(CopyStatus.KeptVoid, document.Copies[2].Status);
        Assert.Equal("D10", ArchiveDesk.Decide(Destroy([]), after, Policy).Violation!.Rule.Value); // nothing left but the kept copies
    }

    [Theory]
    [InlineData("a001")]
    [InlineData(" A001 ")]
    [InlineData("Ａ００１")]
    public void D10_executor_and_supervisor_are_two_people_however_the_id_is_typed(string typed)
    {
        var state = With(Drawing);
        (state, _) = ArchiveDesk.Execute(new VoidDocument(At(2026, 4, 1), Clerk, Id(), Drawing.Number, Drawing.Version, [0], [Gm]), state, Policy);
        var destroy = new DestroyDocument(At(2026, 4, 2), Clerk, Id(), Drawing.Number, Drawing.Version, [], new Actor("A001", ActorRole.Staff), new Actor(typed, ActorRole.Staff), [Gm]);
        Assert.Contains("two people", ArchiveDesk.Decide(destroy, state, Policy).Violation!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D5_distribution_records_who_signed_for_each_copy_and_wrongly_sent_copies_are_recalled()
    {
        var state = With(Drawing);
        (state, var events) = ArchiveDesk.Execute(new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "客服部", 2, new Actor("K007", ActorRole.Staff)), state, Policy);
        Assert.Equal("K007", ((CopiesDistributed)events[0]).SignedBy.Id);
        Assert.All(state.Find(Drawing.Number, Drawing.Version)!.Copies.Values, c => Assert.Equal("K007", c.SignedBy));
        Assert.Throws<ArgumentException>(() => new DistributeCopies(At(2026, 3, 2), Clerk, Id(), Drawing.Number, Drawing.Version, "客服部", 2, default));

        // Sent to customer service by mistake (误发): recalled at once; a copy not in use cannot be recalled.
        var recall = new RecallCopies(At(2026, 3, 3), Clerk, Id(), Drawing.Number, Drawing.Version, [1, 2], "误发客服部");
        (state, events) = ArchiveDesk.Execute(recall, state, Policy);
        Assert.IsType<CopiesRecalled>(Assert.Single(events));
        Assert.All(state.Find(Drawing.Number, Drawing.Version)!.Copies.Values, c => Assert.Equal(CopyStatus.Recalled, c.Status));
        Assert.Equal("D5", ArchiveDesk.Decide(new RecallCopies(At(2026, 3, 3), Clerk, Id(), Drawing.Number, Drawing.Version, [1, 2], "误发客服部"), state, Policy).Violation!.Rule.Value);
        Assert.Empty(ArchiveDesk.Decide(recall, state, Policy).Events); // the same request again records nothing
        Assert.Equal("D5", ArchiveDesk.Decide(new RecallCopies(At(2026, 3, 3), Clerk, Id(), Drawing.Number, Drawing.Version, [9], "误发"), state, Policy).Violation!.Rule.Value);
    }

    [Fact]
    public void D11_a_register_is_destroyed_only_after_its_year_and_never_under_a_legal_hold()
    {
        var state = With(Register);
        DestroyDocument Destroy(int day, string number) => new(At(2026, 3, day), Clerk, Id(), number, Register.Version, [], Clerk, Director, [Gm]);

        // Closed 2024-12-31 + 1 year = 2025-12-31 ≤ 2026-03-05: due.
        Assert.True(ArchiveDesk.Decide(Destroy(5, Register.Number), state, Policy).IsAccepted);

        var young = Document.Controlled("QR-WD01-02-04-2025", "A/0", "文件、资料借阅登记表 2025", ControlledKind.QualitySystem, Confidentiality.C, "办公室", new LocalDate(2025, 1, 2)) with { RecordType = "borrowing-register", ClosedOn = new LocalDate(2025, 12, 31) };
        state = ArchiveDesk.Execute(new RegisterDocument(At(2026, 3, 5), Clerk, Id(), young), state, Policy).State;
        var early = ArchiveDesk.Decide(Destroy(5, young.Number), state, Policy);
        Assert.Equal("D11", early.Violation!.Rule.ToString());
        Assert.Contains("2026-12-31", early.Violation.Message, StringComparison.Ordinal);

        var hold = new LegalHold("H-2026-1", HoldReason.Litigation, [Register.Number], []);
        (state, _) = ArchiveDesk.Execute(new PlaceHold(At(2026, 3, 6), Director, Id(), hold), state, Policy);
        var held = ArchiveDesk.Decide(Destroy(7, Register.Number), state, Policy);
        Assert.Equal("D11", held.Violation!.Rule.ToString());
        Assert.Contains("H-2026-1", held.Violation.Message, StringComparison.Ordinal);
        (state, _) = ArchiveDesk.Execute(new ReleaseHold(At(2026, 3, 8), Director, Id(), hold.Id), state, Policy);
        Assert.True(ArchiveDesk.Decide(Destroy(9, Register.Number), state, Policy).IsAccepted);

        // The hold carries the days it was placed and released: a disposition list for 7 March shows it held, for 9 March due.
        var released = Assert.Single(state.ReleasedHolds);
        Assert.Equal((new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 8)), (released.PlacedOn, released.ReleasedOn!.Value));
        var schedule0 = RetentionPresets.DocumentControlRegulation;
        Assert.Equal(DispositionStatus.Held, schedule0.DueForDisposition(state, Shanghai, new LocalDate(2026, 3, 7)).StatusAt(0));
        Assert.Equal(DispositionStatus.Due, schedule0.DueForDisposition(state, Shanghai, new LocalDate(2026, 3, 9)).StatusAt(0));
        Assert.Equal(DispositionStatus.Due, schedule0.DueForDisposition(state, Shanghai, new LocalDate(2026, 3, 5)).StatusAt(0));

        // The schedule encodes D11's table.
        var schedule = RetentionPresets.DocumentControlRegulation;
        Assert.Equal(7, schedule.Rules.Count);
        Assert.True(schedule.Rules["archive-catalogue"].Period.IsPermanent);
        Assert.All(schedule.Rules.Values.Where(r => r.RecordType != "archive-catalogue"), r => Assert.Equal(1, r.Period.Years));
    }

    [Fact]
    public void D11_due_for_disposition_lists_what_may_be_destroyed_what_needs_review_and_why()
    {
        var schedule = RetentionPresets.DocumentControlRegulation;
        var today = new LocalDate(2026, 11, 25);
        RetainedRecord[] records =
        [
            new("R-1", "borrowing-register", new LocalDate(2024, 1, 2), ClosedOn: new LocalDate(2025, 11, 25)),
            new("R-2", "borrowing-register", new LocalDate(2025, 1, 2), ClosedOn: new LocalDate(2025, 11, 26)),
            new("R-3", "archive-catalogue", new LocalDate(2000, 1, 1)),
            new("R-4", "copy-register", new LocalDate(2020, 1, 1)),
            new("R-6", "copy-register", new LocalDate(2020, 1, 1), ClosedOn: new LocalDate(2020, 12, 31)),
        ];
        var report = schedule.DueForDisposition(records, [new LegalHold("H-1", HoldReason.Investigation, ["R-6"], [])], today);
        Assert.Equal(["R-1"], report.Due.Select(r => r.Id));
        Assert.Equal(["R-4"], report.NeedsReview.Select(r => r.Id));
        Assert.Equal(
            [DispositionStatus.Due, DispositionStatus.NotYetDue, DispositionStatus.Permanent, DispositionStatus.NeedsReview, DispositionStatus.Held],
            Enumerable.Range(0, records.Length).Select(report.StatusAt));
        Assert.Contains("2026-11-26", report.Explain(1).Reason, StringComparison.Ordinal);
        Assert.Contains("H-1", report.Explain(4).Reason, StringComparison.Ordinal);
        Assert.Contains("not known", report.Explain(3).Reason, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 11, 25), report.Explain(0).RetentionEndsOn);

        // A record type the schedule does not list is refused, never silently "needs review"; a malformed one at construction.
        var typo = Assert.Throws<ArgumentException>(() => schedule.DueForDisposition([.. records, new("R-7", "borowing-register", new LocalDate(2020, 1, 1))], [], today));
        Assert.Contains("D11", typo.Message, StringComparison.Ordinal);
        Assert.Contains("#5", typo.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => schedule.Judge(new("R-5", "staff-file", new LocalDate(2010, 1, 1)), [], today));
        Assert.Throws<ArgumentException>(() => new RetainedRecord("R-8", "Borrowing Register", new LocalDate(2020, 1, 1)));

        // Holds are read by their own dates: a hold placed after today, or released by today, holds nothing back today.
        var later = new LegalHold("H-2", HoldReason.Litigation, ["R-1"], []) { PlacedOn = new LocalDate(2026, 12, 1) };
        var over = new LegalHold("H-3", HoldReason.Litigation, ["R-1"], []) { PlacedOn = new LocalDate(2026, 1, 1), ReleasedOn = new LocalDate(2026, 11, 25) };
        Assert.Equal(DispositionStatus.Due, schedule.DueForDisposition(records, [later, over], today).StatusAt(0));
        Assert.Equal(DispositionStatus.Held, schedule.DueForDisposition(records, [later, over], new LocalDate(2026, 11, 24)).StatusAt(0));
        Assert.Equal(DispositionStatus.Held, schedule.DueForDisposition(records, [later, over], new LocalDate(2026, 12, 1)).StatusAt(0));
        Assert.Throws<ArgumentException>(() => new LegalHold("H-4", HoldReason.Litigation, [], []) { PlacedOn = new LocalDate(2026, 2, 1), ReleasedOn = new LocalDate(2026, 1, 1) });
    }

    [Fact]
    public void D12_only_originals_are_archived_and_documentary_archives_are_read_on_site_never_lent()
    {
        Assert.Equal("D12", ArchiveDesk.Decide(new RegisterDocument(At(2026, 3, 1), Clerk, Id(), Drawing with { IsOriginal = false }), ArchiveState.Empty, Policy).Violation!.Rule.ToString());
        var state = With(Minutes);
        var staff = new Requester(RequesterKind.Staff, "王芳", "办公室");
        var borrow = Lend(state, Minutes, staff, LoanPurpose.Borrow, Approval.ByDepartmentHead("O001", "办公室"), Gm, Od);
        Assert.Equal("D12", borrow.Violation!.Rule.ToString());
        var read = Lend(state, Minutes, staff, LoanPurpose.ReadOnSite, Approval.ByDepartmentHead("O001", "办公室"));
        Assert.True(read.IsAccepted);
    }

    [Fact]
    public void Every_archive_request_checks_the_actors_role_and_an_audit_replays_who_saw_and_destroyed_what()
    {
        var owner = new Actor("X001", ActorRole.Complainant);
        Assert.False(ArchiveDesk.Decide(new RegisterDocument(At(2026, 3, 1), owner, Id(), Drawing), ArchiveState.Empty, Policy).IsAccepted);
        Assert.False(ArchiveDesk.Decide(new PlaceHold(At(2026, 3, 1), Clerk, Id(), new LegalHold("H", HoldReason.Litigation, [], ["copy-register"])), ArchiveState.Empty, Policy).IsAccepted);

        var history = ImmutableArray.CreateBuilder<ArchiveEvent>();
        var state = ArchiveState.Empty;
        foreach (var command in new ArchiveCommand[]
        {
            new RegisterDocument(At(2026, 3, 1), Clerk, "a1", Drawing),
            new LendDocument(At(2026, 3, 2), Clerk, "a2", "L-9", Drawing.Number, Drawing.Version, new Requester(RequesterKind.Staff, "李工", "工程部"), LoanPurpose.Borrow, new LocalDate(2026, 3, 9), [Approval.ByDepartmentHead("E001", "工程部")]),
            new ReturnLoan(At(2026, 3, 3), Clerk, "a3", "L-9", ReturnCondition.Intact),
            new DestroyDocument(At(2026, 3, 4), Clerk, "a4", Drawing.Number, Drawing.Version, [], Clerk, Director, [Gm]),
        })
        {
            var (next, events) = ArchiveDesk.Execute(command, state, Policy);
            history.AddRange(events);
            state = next;
        }

        Assert.Equal(state, ArchiveDesk.Replay(history));
        Assert.Equal(["A001"], history.OfType<LoanGranted>().Select(e => e.Actor.Id));
        Assert.Equal("李*", history.OfType<LoanGranted>().Single().Requester.ToString().Split(' ')[^1]);
        Assert.True(state.Find(Drawing.Number, Drawing.Version)!.OriginalDestroyed);
        Assert.Equal("D10", ArchiveDesk.Decide(new LendDocument(At(2026, 3, 5), Clerk, "a5", "L-10", Drawing.Number, Drawing.Version, new Requester(RequesterKind.Staff, "李工", "工程部"), LoanPurpose.Borrow, new LocalDate(2026, 3, 9), []), state, Policy).Violation!.Rule.ToString());
    }
}
