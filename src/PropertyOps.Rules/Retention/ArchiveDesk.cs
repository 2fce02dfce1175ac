using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Retention;

/// <summary>
/// 办公室档案管理 — the archive desk as a pure decider (D4–D12): a request becomes records (events) or a refusal with the rule
/// id; nothing is half-applied and a refused request records nothing. A request retried with the same id records nothing.
/// </summary>
/// <remarks>
/// Roles: filing, distributing, lending, returning, reissuing, voiding and destroying are recorded by the office (a clerk,
/// <see cref="ActorRole.Staff"/>, or the office director); copying by any member of staff; legal holds by the office
/// director or the general manager. Approvals are carried on the request and checked by role.
/// </remarks>
public static class ArchiveDesk
{
    private static readonly RuleId D3 = RuleId.Parse("D3");
    private static readonly RuleId D4 = RuleId.Parse("D4");
    private static readonly RuleId D5 = RuleId.Parse("D5");
    private static readonly RuleId D6 = RuleId.Parse("D6");
    private static readonly RuleId D8 = RuleId.Parse("D8");
    private static readonly RuleId D9 = RuleId.Parse("D9");
    private static readonly RuleId D10 = RuleId.Parse("D10");
    private static readonly RuleId D11 = RuleId.Parse("D11");
    private static readonly RuleId D12 = RuleId.Parse("D12");

    private static readonly ActorRole[] Office = [ActorRole.Staff, ActorRole.OfficeDirector];
    private static readonly ActorRole[] AnyStaff = [ActorRole.Staff, ActorRole.FrontDesk, ActorRole.DepartmentHead, ActorRole.OfficeHead, ActorRole.OfficeDirector, ActorRole.CompanyLeader, ActorRole.GeneralManager];
    private static readonly ActorRole[] HoldKeepers = [ActorRole.OfficeDirector, ActorRole.GeneralManager];

    /// <summary>Decides what a request does to the archive.</summary>
    /// <param name="command">The request.</param>
    /// <param name="state">The archive.</param>
    /// <param name="policy">The archive's policy.</param>
    /// <returns>The records to append, nothing for a retry, or the refusal with its rule id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request is of an unknown kind.</exception>
    public static Decision<ArchiveEvent> Decide(ArchiveCommand command, ArchiveState state, ArchivePolicy policy)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(state);
        Guard.Against.Null(policy);
        var rule = RuleOf(command);
        if (state.CommandIds.Contains(command.CommandId))
        {
            return Decision<ArchiveEvent>.AlreadyApplied;
        }

        if (command.At < state.LastEventAt)
        {
            return Refuse(rule, "Archive records are kept in time order; this request is dated before the latest record.");
        }

        var roles = command switch
        {
            CopyDocument => AnyStaff,
            PlaceHold or ReleaseHold => HoldKeepers,
            _ => Office,
        };
        if (!roles.Contains(command.Actor.Role))
        {
            return Refuse(rule, $"A {command.Actor.Role} may not record this; it is recorded by {string.Join(" or ", roles)}.");
        }

        var today = command.At.InZone(policy.Zone).Date;
        return command switch
        {
            RegisterDocument c => Register(c, state),
            DistributeCopies c => WithDocument(state, c.Number, c.Version, D5, d => d.IsVoid
                ? Refuse(D10, $"{c.Number} {c.Version} is void; void documents are not distributed.")
                : Accept(new CopiesDistributed(c.At, c.Actor, c.CommandId, c.Number, c.Version, c.Recipient, [.. Enumerable.Range(d.LastDistributionNumber + 1, c.Copies)], c.SignedBy))),
            RecallCopies c => WithDocument(state, c.Number, c.Version, D5, d => Recall(c, d)),
            LendDocument c => Lend(c, state, policy, today),
            ReturnLoan c => state.Loans.GetValueOrDefault(c.LoanId) is not { } loan
                ? Refuse(D6, $"No loan {c.LoanId} is in the borrowing register.")
                : !loan.IsOpen
                    ? Refuse(D6, $"Loan {c.LoanId} was already returned.")
                    : Accept(new LoanReturned(c.At, c.Actor, c.CommandId, c.LoanId, c.Condition, c.DamageCause, today > loan.Grant.DueOn)),
            CopyDocument c => WithDocument(state, c.Number, c.Version, D8, d => d.IsVoid || d.OriginalDestroyed
                ? Refuse(D10, $"{c.Number} {c.Version} is void or destroyed; it is not copied.")
                : !Has(c.Approvals, ActorRole.OfficeDirector)
                    ? Refuse(D8, "Copying a company document needs the office director's approval (D8).")
                    : Accept(new DocumentCopied(c.At, c.Actor, c.CommandId, c.Number, c.Version, c.Copies, c.Approvals))),
            ReissueCopy c => WithDocument(state, c.Number, c.Version, D9, d => Reissue(c, d)),
            VoidDocument c => WithDocument(state, c.Number, c.Version, D10, d => Void(c, d, state)),
            DestroyDocument c => WithDocument(state, c.Number, c.Version, D10, d => Destroy(c, d, state, policy, today)),
            PlaceHold c => state.Holds.ContainsKey(c.Hold.Id)
                ? Refuse(D11, $"A legal hold {c.Hold.Id} already stands.")
                : Accept(new HoldPlaced(c.At, c.Actor, c.CommandId, c.Hold with { PlacedOn = today, ReleasedOn = null })),
            ReleaseHold c => !state.Holds.ContainsKey(c.HoldId)
                ? Refuse(D11, $"No legal hold {c.HoldId} stands.")
                : Accept(new HoldReleased(c.At, c.Actor, c.CommandId, c.HoldId, today)),
            _ => throw new ArgumentException($"Unknown archive request {command.GetType().Name}.", nameof(command)),
        };
    }

    /// <summary>Folds one record into the archive.</summary>
    /// <param name="state">The archive before.</param>
    /// <param name="event">The record.</param>
    /// <returns>The archive after it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The record cannot follow this state (out of time order, unknown document, loan or hold).</exception>
    public static ArchiveState Evolve(ArchiveState state, ArchiveEvent @event) => Guard.Against.Null(state).Apply(Guard.Against.Null(@event));

    /// <summary>Rebuilds the archive from its records, in order (an audit replays who saw and destroyed what).</summary>
    /// <param name="events">The records, oldest first.</param>
    /// <returns>The archive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A record cannot follow the ones before it; the message gives its position.</exception>
    public static ArchiveState Replay(IEnumerable<ArchiveEvent> events) =>
        Fold.Replay(ArchiveState.Empty, Guard.Against.Null(events), Evolve, "Archive record");

    /// <summary>Decides and applies a request: the new state and the records appended (none for a retry).</summary>
    /// <param name="command">The request.</param>
    /// <param name="state">The archive.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The new state and the records.</returns>
    /// <exception cref="RuleViolationException">The request is refused; the state is unchanged.</exception>
    public static (ArchiveState State, ImmutableArray<ArchiveEvent> Events) Execute(ArchiveCommand command, ArchiveState state, ArchivePolicy policy) =>
        Fold.Execute(state, Decide(command, state, policy), Evolve);

    private static RuleId RuleOf(ArchiveCommand command) => command switch
    {
        RegisterDocument => D4,
        DistributeCopies or RecallCopies => D5,
        LendDocument or ReturnLoan => D6,
        CopyDocument => D8,
        ReissueCopy => D9,
        VoidDocument or DestroyDocument => D10,
        _ => D11,
    };

    private static Decision<ArchiveEvent> Register(RegisterDocument c, ArchiveState state)
    {
        var document = c.Document;
        if (!document.IsOriginal)
        {
            return Refuse(D12, "Only originals are archived (归档的文件必须是原件, D12).");
        }

        if (state.Find(document.Number, document.Version) is not null)
        {
            return Refuse(D4, $"{document.Number} {document.Version} is already filed.");
        }

        if (!document.Index.IsEmpty && document.Index.Category != document.CategoryCode)
        {
            return Refuse(D3, document.IsControlled
                ? $"The index number {document.Index} carries a D2 category code; a controlled document has none (D3)."
                : $"The index number {document.Index} is filed under category {document.Index.Category}, but the document is of category {document.CategoryCode} (D2, D3).");
        }

        if (!document.Index.IsEmpty && state.Documents.Values.Any(d => d.Document.Index == document.Index))
        {
            return Refuse(D4, $"The index number {document.Index} is already used (D3, D4).");
        }

        return Accept(new DocumentRegistered(c.At, c.Actor, c.CommandId, document));
    }

    private static Decision<ArchiveEvent> Lend(LendDocument c, ArchiveState state, ArchivePolicy policy, LocalDate today) =>
        WithDocument(state, c.Number, c.Version, D6, d =>
        {
            if (d.IsVoid || d.OriginalDestroyed)
            {
                return Refuse(D10, $"{c.Number} {c.Version} is void or destroyed; it is not lent.");
            }

            if (state.Loans.ContainsKey(c.LoanId))
            {
                return Refuse(D6, $"The loan number {c.LoanId} is already in the borrowing register.");
            }

            if (c.DueOn < today || (c.Purpose == LoanPurpose.ReadOnSite && c.DueOn != today) || Period.DaysBetween(today, c.DueOn) > policy.Lending.MaxLoanDays)
            {
                return Refuse(D6, c.Purpose == LoanPurpose.ReadOnSite
                    ? "A reading on site is handed back the same day."
                    : $"A loan is due back between today and {policy.Lending.MaxLoanDays} days from now.");
            }

            if (state.Loans.Values.Any(l => l.IsOpen && l.Grant.Number == c.Number && l.Grant.Version == c.Version && l.Grant.Purpose == LoanPurpose.Borrow) && c.Purpose == LoanPurpose.Borrow)
            {
                return Refuse(D6, $"{c.Number} {c.Version} is out on loan; it is lent again once returned.");
            }

            var decision = policy.Lending.Decide(d.Document, c.Requester, c.Purpose, c.Approvals);
            return decision.Outcome switch
            {
                LendingOutcome.Allowed => Accept(new LoanGranted(c.At, c.Actor, c.CommandId, c.LoanId, c.Number, c.Version, c.Requester, c.Purpose, c.DueOn, c.Approvals, decision.Rule)),
                _ => Refuse(decision.Rule, decision.Reason),
            };
        });

    private static Decision<ArchiveEvent> Reissue(ReissueCopy c, ArchivedDocument d)
    {
        if (d.IsVoid)
        {
            return Refuse(D10, $"{c.Number} {c.Version} is void; void documents are not reissued.");
        }

        if (!d.Copies.TryGetValue(c.DistributionNumber, out var copy) || copy.Status != CopyStatus.InUse)
        {
            return Refuse(D9, $"Copy {c.DistributionNumber} of {c.Number} {c.Version} is not in use; only a copy in use is reissued.");
        }

        if (!Has(c.Approvals, ActorRole.OfficeDirector))
        {
            return Refuse(D9, "A reissue needs the office director's approval (D9).");
        }

        if (c.Reason == ReissueReason.Lost && !Has(c.Approvals, ActorRole.GeneralManager))
        {
            return Refuse(D9, "A lost copy is voided with the general manager's approval (§5.9.2) before it is replaced (D9).");
        }

        if (c.Reason == ReissueReason.Damaged && !c.DamagedCopyReturned)
        {
            return Refuse(D9, "The damaged copy is handed back before a new one is issued (D9).");
        }

        return Accept(new CopyReissued(c.At, c.Actor, c.CommandId, c.Number, c.Version, c.DistributionNumber, d.LastDistributionNumber + 1, c.Reason, c.Approvals));
    }

    private static Decision<ArchiveEvent> Void(VoidDocument c, ArchivedDocument d, ArchiveState state)
    {
        if (d.IsVoid)
        {
            return Refuse(D10, $"{c.Number} {c.Version} is already void.");
        }

        if (!Has(c.Approvals, ActorRole.GeneralManager))
        {
            return Refuse(D10, "Voiding needs the general manager's approval (D10).");
        }

        var inUse = d.CopiesIn(CopyStatus.InUse);
        var keep = c.Keep.Distinct().ToImmutableArray();
        if (keep.Length is < 1 or > 2 || keep.Length != c.Keep.Length)
        {
            return Refuse(D10, "A voided document keeps one or two copies on file (留一至两份备案, D10).");
        }

        if (keep.Any(n => n != 0 && !inUse.Contains(n)) || (keep.Contains(0) && d.OriginalDestroyed))
        {
            return Refuse(D10, "The copies kept are the original (0) or copies in use.");
        }

        return Accept(new DocumentVoided(c.At, c.Actor, c.CommandId, c.Number, c.Version, keep, [.. inUse.Where(n => !keep.Contains(n))], [.. state.Departments], c.Approvals));
    }

    private static Decision<ArchiveEvent> Destroy(DestroyDocument c, ArchivedDocument d, ArchiveState state, ArchivePolicy policy, LocalDate today)
    {
        if (!Has(c.Approvals, ActorRole.GeneralManager))
        {
            return Refuse(D10, "Destruction needs the general manager's approval (D10).");
        }

        if (c.Executor.Id == c.Supervisor.Id)
        {
            return Refuse(D10, "Destruction takes two people: one executes and another supervises (D10).");
        }

        if (state.HoldOn(d.Document) is { } hold)
        {
            return Refuse(D11, $"The legal hold {hold.Id} ({hold.Reason}) covers {c.Number}; nothing it covers is destroyed until it is released.");
        }

        // A document under a retention record type waits for its period to end (D11); one under none is governed by D10 alone.
        if (d.Document.RecordType.Length > 0)
        {
            var judged = policy.Retention.Judge(RetainedRecord.Of(d.Document, d.VoidedAt?.InZone(policy.Zone).Date), [], today);
            if (judged.Status != DispositionStatus.Due)
            {
                return Refuse(D11, judged.Reason);
            }
        }

        // The copies kept on file stamped VOID (one or two) are never destroyed: without a list, everything else goes.
        var numbers = c.DistributionNumbers.IsEmpty
            ? [.. new[] { 0 }.Concat(d.Copies.Keys).Where(d.IsDestroyable)]
            : c.DistributionNumbers.Distinct().ToImmutableArray();
        if (numbers.Where(d.IsKept).Select(n => (int?)n).FirstOrDefault() is { } kept)
        {
            return Refuse(D10, $"{(kept == 0 ? "The original" : $"Copy {kept}")} is kept on file stamped VOID (留一至两份备案); it is never destroyed (D10).");
        }

        if (numbers.Length != (c.DistributionNumbers.IsEmpty ? numbers.Length : c.DistributionNumbers.Length) || !numbers.All(d.IsDestroyable))
        {
            return Refuse(D10, "Each copy destroyed is listed once and exists in the office's or a department's hands (0 is the original); none is destroyed twice, and a lost or withdrawn copy is not destroyed.");
        }

        if (numbers.IsEmpty)
        {
            return Refuse(D10, "Nothing is left to destroy.");
        }

        return Accept(new DocumentDestroyed(c.At, c.Actor, c.CommandId, c.Number, c.Version, numbers, c.Executor, c.Supervisor, c.Approvals));
    }

    // A higher role's approval stands in for a lower one (D7, D8): one rule, Approval.Satisfies, for lending and every other approval.
    private static Decision<ArchiveEvent> Recall(RecallCopies c, ArchivedDocument d)
    {
        var numbers = c.DistributionNumbers;
        if (numbers.Distinct().Count() != numbers.Length || numbers.Any(n => !d.Copies.TryGetValue(n, out var copy) || copy.Status != CopyStatus.InUse))
        {
            return Refuse(D5, "A recall names each copy once, and only copies in use by a department.");
        }

        return Accept(new CopiesRecalled(c.At, c.Actor, c.CommandId, c.Number, c.Version, numbers, c.Reason));
    }

    private static bool Has(ImmutableArray<Approval> approvals, ActorRole role) => approvals.Any(a => a.Satisfies(role));

    private static Decision<ArchiveEvent> WithDocument(ArchiveState state, string number, string version, RuleId rule, Func<ArchivedDocument, Decision<ArchiveEvent>> decide) =>
        state.Find(number, version) is { } document ? decide(document) : Refuse(rule, $"No document {number} {version} is filed.");

    private static Decision<ArchiveEvent> Accept(ArchiveEvent @event) => Decision<ArchiveEvent>.Accept(@event);

    private static Decision<ArchiveEvent> Refuse(RuleId rule, string message) => Decision<ArchiveEvent>.Refuse(rule, message);
}
