using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;

namespace PropertyOps.Rules.Retention;

/// <summary>
/// Who may borrow or read what, with whose approval (D6, D7, D12). The preset <see cref="Presets.RetentionPresets.Lending"/> encodes
/// 003 篇5 §5.6.4: A-level files need the general manager, B-level the office director, C-level the head of the department
/// concerned; industry regulators see B and C only; owners see technical drawings and documents posted publicly only;
/// outside bodies only state law enforcement, with credentials checked and registered and the general manager's approval
/// (sought and handled by the office director); documentary archives are read on site, never lent.
/// </summary>
/// <remarks>Interpretation (binding, docs/rules.md): an approval from a higher role stands in for a lower one (general
/// manager ⊃ office director ⊃ department head, <see cref="Approval.Satisfies"/>); a department head approves only
/// documents of their own department; documents posted publicly need no approval for anyone. Extra approvals never turn
/// an allowed loan into a refusal.</remarks>
public sealed record LendingPolicy
{
    private static readonly RuleId D7 = RuleId.Parse("D7");
    private static readonly RuleId D12 = RuleId.Parse("D12");

    /// <summary>Whose approval each level needs.</summary>
    public ImmutableDictionary<Confidentiality, ActorRole> Approvers { get; init; } = ImmutableDictionary<Confidentiality, ActorRole>.Empty
        .Add(Confidentiality.A, ActorRole.GeneralManager)
        .Add(Confidentiality.B, ActorRole.OfficeDirector)
        .Add(Confidentiality.C, ActorRole.DepartmentHead);

    /// <summary>The levels an industry regulator may borrow (D7 d: B and C).</summary>
    public ImmutableHashSet<Confidentiality> RegulatorLevels { get; init; } = [Confidentiality.B, Confidentiality.C];

    /// <summary>Whose approval a law-enforcement request needs (D7 f: the general manager).</summary>
    public ActorRole LawEnforcementApprover { get; init; } = ActorRole.GeneralManager;

    /// <summary>The longest loan in days (borrowed documents are returned on time, D6).</summary>
    public int MaxLoanDays { get; init; } = 30;

    /// <summary>May this requester borrow (or read) this document with these approvals?</summary>
    /// <param name="document">The document.</param>
    /// <param name="requester">Who asks.</param>
    /// <param name="purpose">Borrow, or read on site.</param>
    /// <param name="approvals">The approvals held.</param>
    /// <returns>Allowed, NeedsApproval(role) or Refused, with the rule and the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LendingDecision Decide(Document document, Requester requester, LoanPurpose purpose, IEnumerable<Approval> approvals)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(requester);
        Guard.Against.Null(approvals);
        var held = approvals.Where(a => a is not null).ToArray();
        if (document.IsDocumentaryArchive && purpose == LoanPurpose.Borrow)
        {
            return new(LendingOutcome.Refused, D12, "文书档案只阅不借，只能在档案室查阅 / a documentary archive is read on site, never lent");
        }

        switch (requester.Kind)
        {
            case RequesterKind.OtherOutsider:
                return new(LendingOutcome.Refused, D7, "外来单位借阅限于国家执法部门 / outside bodies other than state law enforcement may not borrow company files");
            case RequesterKind.Owner when !document.IsTechnicalDrawing && !document.IsPostedPublicly:
                return new(LendingOutcome.Refused, D7, "业主借阅仅限技术图纸和已张贴在公共场所的文件 / owners may borrow technical drawings and documents posted publicly only");
            case RequesterKind.IndustryRegulator when !RegulatorLevels.Contains(document.Level):
                return new(LendingOutcome.Refused, D7, $"行业主管借阅仅限 {string.Join("、", RegulatorLevels.Order())} 级文件 / industry regulators may borrow {string.Join(", ", RegulatorLevels.Order())}-level files only");
            case RequesterKind.LawEnforcement when !requester.CredentialsVerified:
                return new(LendingOutcome.Refused, D7, "须先检验并登记来访单位和人员的证明文件 / the body's and person's credentials must be checked and registered first");
            case RequesterKind.LawEnforcement:
                return Needs(LawEnforcementApprover, document, held, "执法部门调阅由办公室主任向总经理请示后亲自办理 / the office director asks the general manager and handles it personally");
        }

        if (document.IsPostedPublicly)
        {
            return new(LendingOutcome.Allowed, D7, "已张贴在公共场所的文件 / posted publicly");
        }

        return Needs(Approvers.TryGetValue(document.Level, out var role) ? role : ActorRole.GeneralManager, document, held, $"{document.Level} 级机密文件 / a {document.Level}-level file");
    }

    private static LendingDecision Needs(ActorRole role, Document document, Approval[] held, string why)
    {
        var approved = held.Any(a => a.Satisfies(role, role == ActorRole.DepartmentHead ? document.Department : null));
        var whose = role == ActorRole.DepartmentHead ? $"{document.Department} 部门负责人 / the head of {document.Department}" : role.ToString();
        return approved
            ? new(LendingOutcome.Allowed, D7, $"{why}；已经 {whose} 批准 / approved")
            : new(LendingOutcome.NeedsApproval, D7, $"{why}；须经 {whose} 批准 / needs approval", role);
    }
}
