using NodaTime;
using PropertyOps.Domain.Documents;

namespace PropertyOps.Rules.Retention;

/// <summary>Where one record stands on a day, and why (D11).</summary>
/// <param name="Record">The record.</param>
/// <param name="Status">Its status.</param>
/// <param name="RetentionEndsOn">The first day it may be destroyed, when known.</param>
/// <param name="Hold">The hold covering it, if any.</param>
/// <param name="Rule">The schedule's rule for its record type, if any.</param>
public sealed record Disposition(RetainedRecord Record, DispositionStatus Status, LocalDate? RetentionEndsOn, LegalHold? Hold, RetentionRule? Rule)
{
    /// <summary>Why, in Chinese and English.</summary>
    public string Reason => Status switch
    {
        DispositionStatus.Due => $"保存期满（{Rule!.Period}，自 {RetentionEndsOn:uuuu-MM-dd} 起可销毁），无诉讼或调查保全 / retention ({Rule.Period} from {Rule.Trigger}) ended on {RetentionEndsOn:uuuu-MM-dd}; no legal hold (D11)",
        DispositionStatus.NotYetDue => $"保存期未满，{RetentionEndsOn:uuuu-MM-dd} 前不得销毁 / retention ({Rule!.Period} from {Rule.Trigger}) ends on {RetentionEndsOn:uuuu-MM-dd} (D11)",
        DispositionStatus.Permanent => $"长期保存 / kept permanently: {Rule!.Name} (D11)",
        DispositionStatus.Held => $"诉讼或调查保全 {Hold!.Id}（{Hold.Reason}）未解除，不得销毁 / legal hold {Hold.Id} ({Hold.Reason}) stands (D11)",
        _ => Rule is null
            ? $"保存期限表未列此类记录，需复核 / record type '{Record.RecordType}' is not in the retention schedule: review (D11)"
            : $"保存期起算日（{Rule.Trigger}）未知，需复核 / the day retention runs from ({Rule.Trigger}) is not known: review (D11)",
    };

    /// <summary>E.g. <c>QR-WD01-02-04 Due: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Record.Id} {Status}: {Reason}";
}
