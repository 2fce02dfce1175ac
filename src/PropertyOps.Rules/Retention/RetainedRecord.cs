using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Documents;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Rules.Retention;

/// <summary>One record a retention schedule judges: its id (the document number), its record type and the days its triggers happened.</summary>
/// <param name="Id">The record's id (document number).</param>
/// <param name="RecordType">Its record type code.</param>
/// <param name="CreatedOn">When it was created.</param>
/// <param name="ClosedOn">Its last entry or contract end, if it has one.</param>
/// <param name="VoidedOn">When it was voided, if it was.</param>
public sealed record RetainedRecord(string Id, string RecordType, LocalDate CreatedOn, LocalDate? ClosedOn = null, LocalDate? VoidedOn = null)
{
    /// <summary>The record's id.</summary>
    public string Id { get; } = Preconditions.CheckText(Id, 64);

    /// <summary>Its record type code, checked as a document's is (a schedule judges only the types it lists, D11).</summary>
    public string RecordType { get; } = Preconditions.CheckCode(RecordType, nameof(RecordType));

    /// <summary>A document's record for the schedule.</summary>
    /// <param name="document">The document.</param>
    /// <param name="voidedOn">When it was voided, if it was.</param>
    /// <returns>The record.</returns>
    public static RetainedRecord Of(Document document, LocalDate? voidedOn = null)
    {
        Guard.Against.Null(document);
        return new RetainedRecord(document.Number, document.RecordType, document.CreatedOn, document.ClosedOn, voidedOn);
    }
}
