using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PropertyOps.Domain.Accountability;
using PropertyOps.Domain.Complaints;

namespace PropertyOps.Rules.Tests;

/// <summary>One generated step of a complaint's life: which command to try, its parameters and when.</summary>
/// <param name="Choice">Picks the command: mostly one the lifecycle expects next, sometimes any at all.</param>
/// <param name="Parameter">Drives the command's parameters (class, channel, role, satisfaction …).</param>
/// <param name="MinutesLater">How long after the previous step it happens.</param>
/// <param name="Backdated">Whether it is dated before the latest record (must be refused).</param>
public sealed record ComplaintStep(int Choice, int Parameter, int MinutesLater, bool Backdated);

/// <summary>A generated sequence of steps.</summary>
/// <param name="Steps">The steps.</param>
public sealed record ComplaintScript(ImmutableArray<ComplaintStep> Steps)
{
    public override string ToString() => string.Join(" ", Steps.Select(s => $"({s.Choice},{s.Parameter},+{s.MinutesLater}{(s.Backdated ? ",back" : "")})"));
}

/// <summary>A complaint history for the SLA properties, with two instants to evaluate at (<see cref="T1"/> ≤ <see cref="T2"/>).</summary>
public sealed record SlaCase(ComplaintScript Script, IReadOnlyList<ComplaintEvent> Events, Instant T1, Instant T2)
{
    public override string ToString() => $"t1 {T1}, t2 {T2}; events: {string.Join(" | ", Events.Select(e => $"{e.Kind}@{e.At}"))}";
}

/// <summary>A generated quarter's billing: households, each one's uniform score (or none: no survey), and the schedule.</summary>
public sealed record FeeCase(ImmutableArray<PropertyOps.Domain.Fees.Household> Households, ImmutableArray<int?> Scores, PropertyOps.Rules.Fees.FeeSchedule Schedule)
{
    public override string ToString() =>
        $"{string.Join(", ", Households.Select((h, i) => $"{h.Id} {h.Area} m² score {(Scores[i]?.ToString() ?? "none")}"))}; price {Schedule.UnitPrice}, floor {Schedule.Floor}, {Schedule.Factors}, {Schedule.Rounding}";
}

/// <summary>The FsCheck arbitraries of this test project, registered once per property class with [Properties(Arbitrary = …)].</summary>
public static class Arbitraries
{
    public static Gen<ComplaintStep> Steps() =>
        from choice in Gen.Choose(0, 99)
        from parameter in Gen.Choose(0, 9_999)
        from minutes in Gen.Frequency((6, Gen.Choose(1, 30)), (3, Gen.Choose(30, 600)), (1, Gen.Choose(600, 4_000)))
        from backdated in Gen.Frequency((19, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new ComplaintStep(choice, parameter, minutes, backdated);

    public static Arbitrary<ComplaintScript> ComplaintScript() =>
        Arb.From(
            from length in Gen.Choose(1, 45)
            from steps in Gen.ListOf(Steps(), length)
            select new ComplaintScript([.. steps]),
            Shrink);

    /// <summary>A played complaint history and two evaluation instants t1 ≤ t2 from its receipt on.</summary>
    public static Arbitrary<SlaCase> SlaCase() =>
        Arb.From(
            from script in ComplaintScript().Generator
            let events = ComplaintScripts.Play(script)
            where events.Count > 0
            from first in Gen.Choose(0, 20 * 24 * 60)
            from second in Gen.Frequency((3, Gen.Choose(0, 120)), (2, Gen.Choose(0, 20 * 24 * 60)))
            let t1 = events[0].At + NodaTime.Duration.FromMinutes(first)
            select new SlaCase(script, events, t1, t1 + NodaTime.Duration.FromMinutes(second)),
            c => Shrink(c.Script).Select(s => (s, ComplaintScripts.Play(s))).Where(p => p.Item2.Count > 0)
                .Select(p => c with { Script = p.s, Events = p.Item2, T1 = Max(c.T1, p.Item2[0].At), T2 = Max(c.T2, p.Item2[0].At) }));

    /// <summary>A quarter's billing: households, a survey for some of them (equal scores across items), and a schedule.</summary>
    public static Arbitrary<FeeCase> FeeCase() =>
        Arb.From(
            from count in Gen.Choose(1, 12)
            from areas in Gen.ListOf(Gen.Choose(1_000, 30_000), count)
            from scores in Gen.ListOf(Gen.Frequency((1, Gen.Constant(-1)), (4, Gen.Choose(0, 100))), count)
            from schedule in Schedules()
            select new FeeCase(
                [.. areas.Select((a, i) => new PropertyOps.Domain.Fees.Household($"H{i}", a / 100m))],
                [.. scores.Select((s, i) => s < 0 ? null : (int?)s)],
                schedule),
            c => c.Scores.Length > 1
                ? [c with { Households = c.Households.RemoveAt(c.Households.Length - 1), Scores = c.Scores.RemoveAt(c.Scores.Length - 1) }]
                : []);

    /// <summary>A household's year with three fee items (management by satisfaction, lift by satisfaction, waste not).</summary>
    public static Arbitrary<PeriodCase> PeriodCase() =>
        Arb.From(
            from area in Gen.Choose(1_000, 30_000)
            from price in Gen.Choose(50, 1_000)
            from scores in Gen.ListOf(Gen.Frequency((1, Gen.Constant(-1)), (4, Gen.Choose(0, 100))), 4)
            from schedule in Arbitraries.Schedules()
            from vacant in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from handover in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 365)))
            select new PeriodCase(area / 100m, price / 100m, [.. scores.Select(s => s < 0 ? null : (int?)s)], WithItems(schedule, price / 100m), vacant, handover));

    public static PropertyOps.Rules.Fees.FeeSchedule WithItems(PropertyOps.Rules.Fees.FeeSchedule schedule, decimal price) => schedule with
    {
        Items = ImmutableDictionary<PropertyOps.Domain.Fees.UnitType, ImmutableArray<PropertyOps.Rules.Fees.FeeItem>>.Empty.Add(
            PropertyOps.Domain.Fees.UnitType.Residence,
            [
                PropertyOps.Rules.Fees.FeeItem.Management(PropertyOps.Domain.Fees.Money.Yuan(price)),
                new PropertyOps.Rules.Fees.FeeItem("lift", "电梯费", PropertyOps.Domain.Fees.Money.Yuan(0.35m), PropertyOps.Rules.Fees.FeePricing.PerSquareMetre, bySatisfaction: true),
                new PropertyOps.Rules.Fees.FeeItem("waste", "垃圾清运费", PropertyOps.Domain.Fees.Money.Yuan(8m), PropertyOps.Rules.Fees.FeePricing.PerUnit, bySatisfaction: false),
            ]),
        Vacancy = new PropertyOps.Rules.Fees.VacancyPolicy(0.7m, "management", "lift"),
    };

    /// <summary>Valid index numbers (D3) over the whole range.</summary>
    public static Arbitrary<PropertyOps.Domain.Documents.IndexNumber> IndexNumber() =>
        Arb.From(
            from category in Gen.Choose(1, 7)
            from cabinet in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Choose(1, 9999)))
            from sequence in Gen.Choose(1, 9999)
            from box in Gen.Choose(1, 99)
            select new PropertyOps.Domain.Documents.IndexNumber(category, cabinet, sequence, box));

    /// <summary>Text near and far from an index number: valid ones mutated (a character replaced, inserted or removed) and noise.</summary>
    public static Gen<string> IndexNumberGarbage() =>
        Gen.Frequency(
            (3, from index in IndexNumber().Generator
                from position in Gen.Choose(0, 20)
                from edit in Gen.Choose(0, 2)
                from c in Gen.Elements('0', '9', '-', '.', ' ', 'x', '３', '\0', '\uD800', '+', '٣')
                let text = index.ToString()
                let at = position % (text.Length + 1)
                select edit == 0 ? text.Insert(at, c.ToString()) : edit == 1 && at < text.Length ? text.Remove(at, 1).Insert(at, c.ToString()) : at < text.Length ? text.Remove(at, 1) : text),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));

    /// <summary>A catalogue of retained records, some legal holds and a day (D11).</summary>
    public static Arbitrary<DispositionCase> DispositionCase() =>
        Arb.From(
            from count in Gen.Choose(1, 40)
            from records in Gen.ListOf(
                from id in Gen.Choose(1, 30)
                from type in Gen.Elements("printing-register", "archive-catalogue", "borrowing-register", "copy-register", "void-destruction-register")
                from created in Gen.Choose(0, 3000)
                from closed in Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, 3000)))
                from voided in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 3000)))
                let start = new LocalDate(2018, 1, 1)
                select new PropertyOps.Rules.Retention.RetainedRecord($"R-{id}", type, start.PlusDays(created), closed < 0 ? null : start.PlusDays(closed), voided < 0 ? null : start.PlusDays(voided)),
                count)
            from holds in Gen.ListOf(
                from id in Gen.Choose(1, 5)
                from ids in Gen.ListOf(Gen.Choose(1, 30).Select(i => $"R-{i}"), 3)
                from types in Gen.ListOf(Gen.Elements("copy-register", "borrowing-register", "none"), 1)
                select new PropertyOps.Domain.Documents.LegalHold($"H-{id}", PropertyOps.Domain.Documents.HoldReason.Litigation, [.. ids], [.. types]),
                3)
            from today in Gen.Choose(0, 4000)
            select new DispositionCase([.. records], [.. holds.DistinctBy(h => h.Id)], new LocalDate(2018, 1, 1).PlusDays(today)));

    /// <summary>A lending request: a document, a requester, a purpose and approvals, plus one more approval.</summary>
    public static Arbitrary<LendingCase> LendingCase() =>
        Arb.From(
            from level in Gen.Elements(PropertyOps.Domain.Documents.Confidentiality.A, PropertyOps.Domain.Documents.Confidentiality.B, PropertyOps.Domain.Documents.Confidentiality.C)
            from kind in Gen.Elements(Enum.GetValues<PropertyOps.Domain.Documents.ControlledKind>())
            from archive in Gen.Elements(true, false)
            from posted in Gen.Elements(true, false)
            from department in Gen.Elements("工程部", "客服部", "办公室")
            from requester in Gen.Elements(Enum.GetValues<PropertyOps.Domain.Documents.RequesterKind>())
            from verified in Gen.Elements(true, false)
            from purpose in Gen.Elements(PropertyOps.Domain.Documents.LoanPurpose.Borrow, PropertyOps.Domain.Documents.LoanPurpose.ReadOnSite)
            from approvals in Gen.ListOf(Approvals(), 2)
            from extra in Approvals()
            select new LendingCase(
                PropertyOps.Domain.Documents.Document.Controlled("DOC-1", "A/0", "文件", kind, level, department, new LocalDate(2026, 1, 1)) with { IsDocumentaryArchive = archive, IsPostedPublicly = posted },
                new PropertyOps.Domain.Documents.Requester(requester, "请求人", requester == PropertyOps.Domain.Documents.RequesterKind.Staff ? department : "", verified),
                purpose,
                [.. approvals],
                extra));

    private static Gen<PropertyOps.Domain.Documents.Approval> Approvals() =>
        from role in Gen.Elements(ActorRole.DepartmentHead, ActorRole.OfficeDirector, ActorRole.GeneralManager, ActorRole.Staff, ActorRole.BoardDirector)
        from department in Gen.Elements("工程部", "客服部", "办公室")
        select new PropertyOps.Domain.Documents.Approval(new Actor("P001", role), role == ActorRole.DepartmentHead ? department : "");

    /// <summary>A script of archive requests over a few documents (register, distribute, reissue, void, destroy, holds).</summary>
    public static Arbitrary<ArchiveScript> ArchiveScript() =>
        Arb.From(
            from length in Gen.Choose(1, 40)
            from steps in Gen.ListOf(
                from kind in Gen.Choose(0, 7)
                from document in Gen.Choose(0, 2)
                from a in Gen.Choose(0, 6)
                from b in Gen.Choose(0, 6)
                from approved in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                select new ArchiveStep(kind, document, a, b, approved),
                length)
            select new ArchiveScript([.. steps]));

    /// <summary>Up to five edits of a valid rule-set file: byte changes, deletions, duplications and token swaps.</summary>
    public static Gen<(int Kind, int At, int Length, int Pick)[]> RuleSetMutations(int size) =>
        Gen.ArrayOf(
            from kind in Gen.Choose(0, 5)
            from at in Gen.Choose(0, size - 1)
            from length in Gen.Frequency((4, Gen.Choose(1, 4)), (1, Gen.Choose(5, 200)))
            from pick in Gen.Choose(0, 1000)
            select (kind, at, length, pick),
            1).SelectMany(first => Gen.Choose(0, 4).SelectMany(more => Gen.ArrayOf(
            from kind in Gen.Choose(0, 5)
            from at in Gen.Choose(0, size - 1)
            from length in Gen.Choose(1, 30)
            from pick in Gen.Choose(0, 1000)
            select (kind, at, length, pick), more).Select(rest => first.Concat(rest).ToArray())));

    private static readonly string[] Tokens = ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e999", "99999999999999999999999999999999", "\"x\"", "\"\\ud800\"", "\"None\"", "\"Monday\"", " ", "\"0:00:00:00\"", "\"2149-12-31\"", "\"\u0000\""];

    public static byte[] Mutate(byte[] valid, (int Kind, int At, int Length, int Pick)[] mutations)
    {
        var bytes = valid.ToList();
        foreach (var (kind, at0, length, pick) in mutations)
        {
            var at = Math.Min(at0, Math.Max(0, bytes.Count - 1));
            var count = Math.Min(length, bytes.Count - at);
            switch (kind)
            {
                case 0:
                    if (bytes.Count > 0)
                    {
                        bytes[at] = (byte)pick;
                    }

                    break;
                case 1:
                    bytes.RemoveRange(at, count);
                    break;
                case 2:
                    bytes.InsertRange(at, bytes.GetRange(at, count));
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(count, kind == 3 ? 0 : count));
                    bytes.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(Tokens[pick % Tokens.Length]));
                    break;
            }
        }

        return [.. bytes];
    }

    public static Gen<PropertyOps.Rules.Fees.FeeSchedule> Schedules() =>
        from floorPct in Gen.Choose(50, 95)
        from linear in Gen.Elements(true, false)
        from cuts in Gen.ListOf(Gen.Choose(1, 99), 3)
        from bumps in Gen.ListOf(Gen.Choose(0, 10), 4)
        from price in Gen.Choose(50, 1_000)
        from rounding in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven)
        let floor = floorPct / 100m
        select PropertyOps.Rules.Presets.FeePresets.PayBySatisfaction with
        {
            UnitPrice = PropertyOps.Domain.Fees.Money.Yuan(price / 100m),
            Floor = floor,
            Rounding = rounding,
            Factors = linear ? PropertyOps.Rules.Fees.FeeFactors.Linear(cuts[0] / 100m, floor) : Tiers(floor, cuts, bumps),
        };

    private static PropertyOps.Rules.Fees.FeeFactors Tiers(decimal floor, IList<int> cuts, IList<int> bumps)
    {
        var bounds = cuts.Distinct().Order().Select(c => c / 100m).Prepend(0m).Append(1m).ToArray();
        var tiers = new List<PropertyOps.Rules.Fees.FeeTier>();
        var factor = floor;
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            factor = Math.Min(1m, factor + (bumps[i % bumps.Count] / 100m));
            tiers.Add(new PropertyOps.Rules.Fees.FeeTier(bounds[i], bounds[i + 1], i == bounds.Length - 2 ? 1m : factor));
        }

        return PropertyOps.Rules.Fees.FeeFactors.Tiered([.. tiers]);
    }

    private static NodaTime.Instant Max(NodaTime.Instant a, NodaTime.Instant b) => a > b ? a : b;

    private static IEnumerable<ComplaintScript> Shrink(ComplaintScript script)
    {
        if (script.Steps.Length > 1)
        {
            yield return script with { Steps = script.Steps[..(script.Steps.Length / 2)] };
        }

        for (var i = script.Steps.Length - 1; i >= 0; i--)
        {
            yield return script with { Steps = script.Steps.RemoveAt(i) };
        }
    }

    // ---- Accountability ----

    /// <summary>A sequence of ledger commands over a small roster, valid and invalid, in time order.</summary>
    public static Arbitrary<LedgerScript> LedgerScript() => Arb.From(
        from steps in Gen.ListOf(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 9)), 25)
        select new LedgerScript([.. steps]));

    /// <summary>A year of staff figures for the bottom ranking: per employee a quarterly rank, complaints and findings, plus a shuffle seed.</summary>
    public static Arbitrary<RankingCase> RankingCase() => Arb.From(
        from count in Gen.Choose(3, 25)
        from ranks in Gen.ListOf(Gen.Choose(1, 10), count)
        from complaints in Gen.ListOf(Gen.Choose(0, 4), count)
        from unreasonable in Gen.ListOf(Gen.Choose(0, 3), count)
        from findings in Gen.ListOf(Gen.Choose(0, 3), count)
        from size in Gen.Choose(3, 5)
        from seed in Gen.Choose(0, 1_000_000)
        select new RankingCase([.. ranks], [.. complaints], [.. unreasonable], [.. findings], size, seed));
}


/// <summary>Turns generated steps into complaint commands: mostly the ones the lifecycle expects next, sometimes any.</summary>
public static class ComplaintScripts
{
    public static readonly Instant Start = Instant.FromUtc(2026, 9, 28, 1, 0);

    public enum Kind
    {
        Receive, Register, Assess, Dispatch, ReportDelay, Resolve, Feedback, Verify, Revisit, Close, Explain, AcceptExplanation,
        NotPersuaded, Coordinate, Notify, EscalateToLeader, FileReport, EscalateToBoard, InformFirstContact, EngineerArrival,
        WrittenReply, CallBack, Investigate, ReferToDirector, Unavailable, Available, OfficeCannotResolve, LeaderCannotCoordinate,
        Reschedule, DirectorDecision, Confirm, Acknowledge,
    }

    private static readonly Kind[] AllKinds = Enum.GetValues<Kind>();

    /// <summary>The command for <paramref name="step"/> given the state; <paramref name="now"/> is the step's instant.</summary>
    public static ComplaintCommand NextCommand(ComplaintStep step, ComplaintState state, Instant now)
    {
        var at = step.Backdated && state.Exists ? state.LastEventAt - Duration.FromMinutes(1) : now;
        return Build(Pick(step, state), step.Parameter, at, state);
    }

    /// <summary>Plays a script through the decider and returns the recorded events (refused commands record nothing).</summary>
    public static List<ComplaintEvent> Play(ComplaintScript script, Instant? start = null)
    {
        var state = Complaint.Initial;
        var events = new List<ComplaintEvent>();
        var now = start ?? Start;
        foreach (var step in script.Steps)
        {
            now += Duration.FromMinutes(step.MinutesLater);
            var decision = Complaint.Decide(NextCommand(step, state, now), state);
            foreach (var e in decision.Events)
            {
                state = Complaint.Evolve(state, e);
                events.Add(e);
            }
        }

        return events;
    }

    public static Kind Pick(ComplaintStep step, ComplaintState state)
    {
        if (step.Choice >= 75)
        {
            return AllKinds[step.Parameter % AllKinds.Length];
        }

        Kind[] expected = state.Status switch
        {
            ComplaintStatus.None => [Kind.Receive],
            ComplaintStatus.Received => [Kind.Register, Kind.Register, Kind.Notify, Kind.EscalateToLeader, Kind.CallBack, Kind.Investigate, Kind.Unavailable, Kind.Available, Kind.OfficeCannotResolve, Kind.Reschedule],
            ComplaintStatus.RegisteredAtFrontDesk => [Kind.Assess],
            ComplaintStatus.Assessed => [Kind.Dispatch, Kind.Explain, Kind.WrittenReply, Kind.EscalateToBoard, Kind.FileReport, Kind.LeaderCannotCoordinate, Kind.ReferToDirector, Kind.DirectorDecision],
            ComplaintStatus.Dispatched => [Kind.ReportDelay, Kind.Resolve, Kind.Resolve, Kind.EngineerArrival, Kind.Unavailable, Kind.Available],
            ComplaintStatus.DelayReported => [Kind.Resolve],
            ComplaintStatus.Resolved => [Kind.Feedback],
            ComplaintStatus.FeedbackGiven => [Kind.Verify, Kind.Revisit, Kind.InformFirstContact],
            ComplaintStatus.Verified => [Kind.Revisit],
            ComplaintStatus.Revisited => [Kind.Confirm, Kind.Close, Kind.Close, Kind.WrittenReply, Kind.Acknowledge, Kind.InformFirstContact],
            ComplaintStatus.Reopened => [Kind.Dispatch, Kind.Assess],
            ComplaintStatus.Explained => [Kind.AcceptExplanation, Kind.NotPersuaded],
            ComplaintStatus.ExplanationAccepted => [Kind.Close, Kind.Confirm, Kind.WrittenReply, Kind.Acknowledge],
            ComplaintStatus.NotPersuaded => [Kind.Coordinate],
            ComplaintStatus.CoordinatedByDepartmentHead => [Kind.Close, Kind.WrittenReply, Kind.Confirm, Kind.Acknowledge],
            _ => AllKinds,
        };
        return expected[step.Choice % expected.Length];
    }

    public static ComplaintCommand Build(Kind kind, int p, Instant at, ComplaintState state)
    {
        var roles = Enum.GetValues<ActorRole>();
        var actor = new Actor($"E{p % 50}", p % 10 == 0 ? roles[p / 10 % roles.Length] : Preferred(kind, p));
        var categories = Enum.GetValues<ComplaintCategory>();
        var departments = new[] { Department.Engineering, Department.Security, Department.Cleaning, Department.Custom("电梯外包") };
        return kind switch
        {
            Kind.Receive => new ReceiveComplaint(
                at,
                actor,
                ComplaintId.Parse($"TS-{p}"),
                Complainant.Of(p % 2 == 0 ? "张伟" : "欧阳修", $"{p % 9 + 1}栋{p % 30 + 1}01", p % 3 == 0 ? "0755-87654321" : "13812345678"),
                "投诉事项",
                (Channel)(p % 6 + 1),
                categories[p / 6 % categories.Length],
                p % 7 == 0 ? 3 + p % 5 : 1,
                p % 11 == 0 ? null : at + Duration.FromHours(p % 48)),
            Kind.Register => new RegisterAtFrontDesk(at, actor),
            Kind.Assess => new AssessComplaint(at, actor, (ComplaintClass)(p % 4 + 1), at + Duration.FromHours(p % 13 == 0 ? 0 : 1 + p % 72)),
            Kind.Dispatch => new DispatchToDepartment(at, actor, departments[p % departments.Length]),
            Kind.ReportDelay => new ReportDelay(at, actor, at + Duration.FromHours(p % 9 == 0 ? 0 : 1 + p % 24), "缺配件"),
            Kind.Resolve => new ResolveComplaint(at, actor, "已处理"),
            Kind.Feedback => new GiveFeedbackToFrontDesk(at, actor),
            Kind.Verify => new VerifyResolution(at, actor),
            Kind.Revisit => new RevisitComplainant(at, actor, p % 3 != 0, p % 2 == 0 ? null : "业主意见"),
            Kind.Close => new CloseComplaint(at, actor),
            Kind.Confirm => new ConfirmRecord(at, p % 3 == 0 ? new Actor($"OWNER-{p % 7}", ActorRole.Complainant) : actor, (ConfirmationMethod)(p % 3 + 1), $"REF-{p}"),
            Kind.Acknowledge => new AcknowledgeWrittenReply(at, p % 3 == 0 ? new Actor($"OWNER-{p % 7}", ActorRole.Complainant) : actor, (ConfirmationMethod)(p % 3 + 1), $"ACK-{p}"),
            Kind.Explain => new ExplainToComplainant(at, actor),
            Kind.AcceptExplanation => new RecordExplanationAccepted(at, actor),
            Kind.NotPersuaded => new RecordNotPersuaded(at, actor),
            Kind.Coordinate => new CoordinateByDepartmentHead(at, actor, "协调解决"),
            Kind.Notify => new NotifyDepartment(at, actor, departments[p % departments.Length]),
            Kind.EscalateToLeader => new EscalateToCompanyLeader(at, actor),
            Kind.FileReport => new FileWrittenReport(at, actor, p % 2 == 0 ? ReportLevel.OfficeHead : ReportLevel.CompanyLeader),
            Kind.EscalateToBoard => new EscalateToBoardDirector(at, actor),
            Kind.InformFirstContact => new InformFirstContact(at, actor),
            Kind.EngineerArrival => new RecordEngineerArrival(at, actor),
            Kind.WrittenReply => new SendWrittenReply(at, actor, "处理结果"),
            Kind.CallBack => new CallBackComplainant(at, actor),
            Kind.Investigate => new RecordInvestigation(at, actor, "现场核实"),
            Kind.ReferToDirector => new ReferToOfficeDirector(at, actor),
            Kind.Unavailable => new MarkComplainantUnavailable(at, actor, "业主不在家"),
            Kind.OfficeCannotResolve => new RecordOfficeCannotResolve(at, actor),
            Kind.LeaderCannotCoordinate => new RecordLeaderCannotCoordinate(at, actor),
            Kind.Reschedule => new RescheduleAppointment(at, actor, at + Duration.FromMinutes(p % 300), "业主不在家"),
            Kind.DirectorDecision => new CloseByDirectorDecision(at, actor, "维持原处理意见"),
            _ => new MarkComplainantAvailable(at, actor),
        };
    }

    // The roles of ComplaintRoles' table; one step in ten acts in a random role instead, to exercise the refusals.
    private static ActorRole Preferred(Kind kind, int p) => kind switch
    {
        Kind.FileReport => p % 2 == 0 ? ActorRole.OfficeHead : ActorRole.CompanyLeader,
        Kind.Close or Kind.Confirm or Kind.Acknowledge or Kind.InformFirstContact or Kind.WrittenReply or Kind.Verify or Kind.Revisit => ActorRole.FrontDesk,
        Kind.Coordinate => ActorRole.DepartmentHead,
        Kind.EscalateToLeader or Kind.OfficeCannotResolve => ActorRole.OfficeHead,
        Kind.LeaderCannotCoordinate => ActorRole.CompanyLeader,
        Kind.DirectorDecision => ActorRole.OfficeDirector,
        Kind.EscalateToBoard => ActorRole.CompanyLeader,
        Kind.Register or Kind.Assess or Kind.Dispatch => ActorRole.FrontDesk,
        _ => ActorRole.Staff,
    };
}

/// <summary>Ledger steps: (command kind, parameter).</summary>
public sealed record LedgerScript(ImmutableArray<(int Kind, int Parameter)> Steps);

/// <summary>Generated staff figures for the yearly assessment.</summary>
public sealed record RankingCase(
    ImmutableArray<int> Ranks, ImmutableArray<int> Complaints, ImmutableArray<int> Unreasonable, ImmutableArray<int> Findings, int Size, int Seed)
{
    public override string ToString() => $"size {Size}, seed {Seed}; " + string.Join(" | ", Ranks.Select((r, i) => $"E{i}: rank {r}/10, {Complaints[i]} complaints (+{Unreasonable[i]} unreasonable), {Findings[i]} findings"));
}

/// <summary>A year's billing of one household: its area and price (whole fen per month or not), a score per quarter (or none), and a schedule.</summary>
public sealed record PeriodCase(decimal Area, decimal Price, ImmutableArray<int?> Scores, PropertyOps.Rules.Fees.FeeSchedule Schedule, bool Vacant, int HandoverDay)
{
    public override string ToString() =>
        $"{Area} m² at {Price}; scores {string.Join("/", Scores.Select(s => s?.ToString() ?? "none"))}; vacant {Vacant}; handover day {HandoverDay}; floor {Schedule.Floor}, {Schedule.Factors}, {Schedule.Rounding}";
}

public sealed record DispositionCase(ImmutableArray<PropertyOps.Rules.Retention.RetainedRecord> Records, ImmutableArray<PropertyOps.Domain.Documents.LegalHold> Holds, LocalDate Today)
{
    public override string ToString() => $"{Records.Length} records, holds {string.Join(", ", Holds.Select(h => h.Id))}, today {Today:uuuu-MM-dd}: {string.Join("; ", Records.Select(r => $"{r.Id} {r.RecordType} {r.CreatedOn:uuuu-MM-dd}/{r.ClosedOn:uuuu-MM-dd}/{r.VoidedOn:uuuu-MM-dd}"))}";
}

public sealed record LendingCase(PropertyOps.Domain.Documents.Document Document, PropertyOps.Domain.Documents.Requester Requester, PropertyOps.Domain.Documents.LoanPurpose Purpose, ImmutableArray<PropertyOps.Domain.Documents.Approval> Approvals, PropertyOps.Domain.Documents.Approval Extra)
{
    public override string ToString() => $"{Document} archive={Document.IsDocumentaryArchive} posted={Document.IsPostedPublicly} dept={Document.Department}; {Requester} verified={Requester.CredentialsVerified}; {Purpose}; approvals {string.Join(", ", Approvals.Select(a => $"{a.Approver.Role} {a.Department}"))} + {Extra.Approver.Role} {Extra.Department}";
}

public sealed record ArchiveStep(int Kind, int Document, int A, int B, bool Approved);

public sealed record ArchiveScript(ImmutableArray<ArchiveStep> Steps)
{
    public override string ToString() => string.Join(" ", Steps.Select(s => $"{s.Kind}/{s.Document}/{s.A}/{s.B}/{(s.Approved ? "y" : "n")}"));
}
