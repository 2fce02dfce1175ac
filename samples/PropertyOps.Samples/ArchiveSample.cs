using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Documents;
using PropertyOps.Rules.Presets;
using PropertyOps.Rules.Retention;
using Spectre.Console;

namespace PropertyOps.Samples;

/// <summary>The archive (D1–D12): loans by confidentiality with their reasons, and the disposition list of a large catalogue.</summary>
internal static class ArchiveSample
{
    public static int Run(int count)
    {
        var policy = RetentionPresets.Archive;
        var zone = policy.Zone;
        Instant At(int m, int d) => new LocalDateTime(2026, m, d, 10, 0).InZoneStrictly(zone).ToInstant();
        var clerk = new Actor("A001", ActorRole.Staff);
        var ownerFile = Document.Controlled("OF-3-2-1201", "A/0", "3-2-1201 业主档案", ControlledKind.OwnerFile, Confidentiality.B, "客服部", new LocalDate(2024, 6, 1));
        var resolution = Document.Controlled("BD-2026-01", "A/0", "董事会决议", ControlledKind.InternalRecords, Confidentiality.A, "办公室", new LocalDate(2026, 1, 5));
        var drawing = Document.Controlled("DWG-3-101", "B/1", "3 号楼给排水图", ControlledKind.Drawings, Confidentiality.C, "工程部", new LocalDate(2025, 3, 1));
        var minutes = Document.Uncontrolled("WS-2026-007", "A/0", "管理处会议纪要", UncontrolledCategory.Correspondence, Confidentiality.C, "办公室", new LocalDate(2026, 2, 1)) with { Index = IndexNumber.Parse("1-2.17-03"), IsDocumentaryArchive = true };
        var state = ArchiveState.Empty;
        foreach (var document in new[] { ownerFile, resolution, drawing, minutes })
        {
            (state, _) = ArchiveDesk.Execute(new RegisterDocument(At(3, 1), clerk, $"file-{document.Number}", document), state, policy);
        }

        var requests = new (string Who, Requester Requester, Document Document, Approval[] Approvals)[]
        {
            ("业主 owner", new Requester(RequesterKind.Owner, "张伟"), ownerFile, [Approval.ByOfficeDirector("A002")]),
            ("业主 owner", new Requester(RequesterKind.Owner, "张伟"), drawing, [Approval.ByDepartmentHead("E001", "工程部")]),
            ("法院 court", new Requester(RequesterKind.LawEnforcement, "浦东新区人民法院", CredentialsVerified: true), resolution, [Approval.ByOfficeDirector("A002")]),
            ("法院 court", new Requester(RequesterKind.LawEnforcement, "浦东新区人民法院", CredentialsVerified: true), resolution, [Approval.ByGeneralManager("G001")]),
            ("房管局 regulator", new Requester(RequesterKind.IndustryRegulator, "区房管局"), resolution, [Approval.ByGeneralManager("G001")]),
        };
        var loans = SampleConsole.Table().Title("May this requester borrow this file? (D7, D12)").AddColumn("requester").AddColumn("document").AddColumn("approvals").AddColumn("answer").AddColumn("reason");
        var n = 0;
        foreach (var (who, requester, document, approvals) in requests)
        {
            var decision = ArchiveDesk.Decide(new LendDocument(At(3, 10), clerk, $"lend-{++n}", $"L-{n}", document.Number, document.Version, requester, LoanPurpose.Borrow, new LocalDate(2026, 3, 20), [.. approvals]), state, policy);
            var answer = decision.IsAccepted ? "[green]allowed[/]" : $"[red]refused ({decision.Violation!.Rule})[/]";
            loans.AddRow(Markup.Escape(who), Markup.Escape($"{document.Title} ({document.Level})"), Markup.Escape(string.Join(", ", approvals.Select(a => a.Approver.Role))), answer, Markup.Escape(decision.IsAccepted ? "D7" : decision.Violation!.Message));
        }

        SampleConsole.Write(loans);

        string[] types = ["printing-register", "archive-catalogue", "distribution-register", "borrowing-register", "copy-register", "reissue-application", "void-destruction-register"];
        var start = new LocalDate(2015, 1, 1);
        var records = new RetainedRecord[count];
        var holds = Enumerable.Range(0, 1000).Select(h => new LegalHold($"H-{h:D4}", HoldReason.Litigation, [.. Enumerable.Range(0, 20).Select(k => $"DOC-{(h * 997 + k * 31) % count:D7}")], [])).ToArray();
        DispositionReport? report = null;
        void Build(Action<double>? progress)
        {
            for (var i = 0; i < count; i++)
            {
                records[i] = new RetainedRecord($"DOC-{i:D7}", types[i % types.Length], start.PlusDays(i % 4300), i % 5 == 0 ? null : start.PlusDays((i % 4300) + 365));
                if (i % 50_000 == 0)
                {
                    progress?.Invoke(50_000);
                }
            }

            report = policy.Retention.DueForDisposition(records, holds, new LocalDate(2026, 11, 25));
        }

        if (SampleConsole.IsPlain)
        {
            Build(null);
        }
        else
        {
            AnsiConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask($"Judging {count:N0} records against D11 with 1,000 legal holds", maxValue: count);
                Build(step => task.Increment(step));
                task.Value = count;
            });
        }

        var statuses = Enumerable.Range(0, report!.Count).GroupBy(report.StatusAt).ToDictionary(g => g.Key, g => g.Count());
        var summary = SampleConsole.Table().Title($"Disposition list on 2026-11-25 ({count:N0} records, D11)").AddColumn("status").AddColumn("records", c => c.RightAligned());
        foreach (var status in Enum.GetValues<DispositionStatus>())
        {
            summary.AddRow(status.ToString(), statuses.GetValueOrDefault(status).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        SampleConsole.Write(summary);
        var first = Enumerable.Range(0, report.Count).Where(i => report.StatusAt(i) is DispositionStatus.Due or DispositionStatus.Held or DispositionStatus.NeedsReview).Take(4);
        foreach (var i in first)
        {
            AnsiConsole.WriteLine(report.Explain(i).ToString());
        }

        return 0;
    }
}
