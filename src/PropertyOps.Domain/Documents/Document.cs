using System;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Documents;

/// <summary>
/// A document the company keeps (D1–D13): its number and version, whether it is controlled (D1) or of an uncontrolled
/// category (D2), its confidentiality (D7), the department that owns it, whether this is the original (D12), a
/// documentary archive (文书档案: read, never lent, D12), posted publicly (owners may borrow it, D7), which customer-file
/// section it belongs to (D13) and which retention record type it falls under (D11).
/// </summary>
public sealed partial record Document
{
    private Document(string number, string version, string title, ControlledKind? controlled, UncontrolledCategory? uncontrolled, Confidentiality level, string department, LocalDate createdOn)
    {
        Number = CheckNumber(number);
        Version = CheckVersion(version);
        Title = Preconditions.CheckText(title, 100);
        Kind = controlled;
        Category = uncontrolled;
        Level = Enum.IsDefined(level) ? level : throw new ArgumentOutOfRangeException(nameof(level), "Unknown confidentiality level.");
        Department = Preconditions.CheckText(department, 50);
        CreatedOn = createdOn.Calendar == CalendarSystem.Iso && createdOn.Year is >= 1900 and <= 2149
            ? createdOn
            : throw new ArgumentOutOfRangeException(nameof(createdOn), "Dates lie in the ISO years 1900–2149.");
    }

    /// <summary>A controlled document (D1).</summary>
    /// <param name="number">The document number, e.g. <c>QR-WD01-02-04</c> (1–40 letters, digits, '-', '_', '/', '.').</param>
    /// <param name="version">The version, e.g. <c>A/0</c> (1–10 letters, digits, '/', '.', '-').</param>
    /// <param name="title">The title.</param>
    /// <param name="kind">The controlled kind.</param>
    /// <param name="level">The confidentiality level.</param>
    /// <param name="department">The department that owns it.</param>
    /// <param name="createdOn">When it was issued.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">A field is malformed or out of range; the message names it.</exception>
    public static Document Controlled(string number, string version, string title, ControlledKind kind, Confidentiality level, string department, LocalDate createdOn) =>
        new(number, version, title, Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), "Unknown controlled kind."), null, level, department, createdOn);

    /// <summary>An uncontrolled document of a category 1–7 (D2).</summary>
    /// <param name="number">The document number.</param>
    /// <param name="version">The version.</param>
    /// <param name="title">The title.</param>
    /// <param name="category">The category.</param>
    /// <param name="level">The confidentiality level.</param>
    /// <param name="department">The department that owns it.</param>
    /// <param name="createdOn">When it was issued.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">A field is malformed or out of range; the message names it.</exception>
    public static Document Uncontrolled(string number, string version, string title, UncontrolledCategory category, Confidentiality level, string department, LocalDate createdOn) =>
        new(number, version, title, null, Enum.IsDefined(category) ? category : throw new ArgumentOutOfRangeException(nameof(category), "Unknown uncontrolled category."), level, department, createdOn);

    /// <summary>The document number.</summary>
    public string Number { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The controlled kind (D1), or <see langword="null"/> for an uncontrolled document.</summary>
    public ControlledKind? Kind { get; }

    /// <summary>The uncontrolled category (D2), or <see langword="null"/> for a controlled document.</summary>
    public UncontrolledCategory? Category { get; }

    /// <summary>Whether the document is controlled (D1).</summary>
    public bool IsControlled => Kind is not null;

    /// <summary>The category code of an uncontrolled document, 1–7 (D2); 0 for a controlled one.</summary>
    public int CategoryCode => Category is { } c ? (int)c : 0;

    /// <summary>The confidentiality level (D7).</summary>
    public Confidentiality Level { get; }

    /// <summary>The department that owns the document (its head approves C-level loans).</summary>
    public string Department { get; }

    /// <summary>When it was issued.</summary>
    public LocalDate CreatedOn { get; }

    /// <summary>Whether this is the original (only originals are archived, D12); a copy otherwise.</summary>
    public bool IsOriginal { get; init; } = true;

    /// <summary>Whether it is a documentary archive (文书档案): read on site, never lent (D12).</summary>
    public bool IsDocumentaryArchive { get; init; }

    /// <summary>Whether it is posted in a public place (owners may borrow it, D7).</summary>
    public bool IsPostedPublicly { get; init; }

    /// <summary>Whether it is a technical drawing (owners may borrow it, D7): a controlled drawing.</summary>
    public bool IsTechnicalDrawing => Kind == ControlledKind.Drawings;

    /// <summary>The customer-file section it belongs to (D13), if any.</summary>
    public CustomerFileSection? CustomerSection
    {
        get;
        init => field = value is null || Enum.IsDefined(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(CustomerSection), "Unknown customer-file section.");
    }

    /// <summary>The day its last entry was made or its contract ended (the start of retention for those triggers, D11); <see langword="null"/> while open.</summary>
    public LocalDate? ClosedOn
    {
        get;
        init => field = value is null || (value.Value.Calendar == CalendarSystem.Iso && value.Value.Year is >= 1900 and <= 2149) ? value
            : throw new ArgumentOutOfRangeException(nameof(ClosedOn), "Dates lie in the ISO years 1900–2149.");
    }

    /// <summary>Its index number in the archive (D3), or the empty value when not filed.</summary>
    public IndexNumber Index { get; init; }

    /// <summary>The retention record type it falls under (D11), e.g. <c>borrowing-register</c>; empty when none applies.</summary>
    public string RecordType
    {
        get;
        init => field = string.IsNullOrEmpty(value) ? string.Empty : Preconditions.CheckCode(value, nameof(RecordType));
    } = string.Empty;

    /// <summary>E.g. <c>QR-WD01-02-04 A/0 文件借阅登记表 (controlled InternalRecords, C)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Number} {Version} {Title} ({(Kind is { } k ? $"controlled {k}" : $"uncontrolled {CategoryCode}")}, {Level})";

    internal static string CheckNumber(string number)
    {
        Guard.Against.Null(number);
        return NumberPattern().IsMatch(number) ? number
            : throw new ArgumentException($"A document number has 1–40 letters, digits, '-', '_', '/' or '.' (got {Preconditions.Excerpt(number)}).", nameof(number));
    }

    internal static string CheckVersion(string version)
    {
        Guard.Against.Null(version);
        return VersionPattern().IsMatch(version) ? version
            : throw new ArgumentException($"A version has 1–10 letters, digits, '/', '.' or '-' (got {Preconditions.Excerpt(version)}).", nameof(version));
    }

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_/.\-]{0,39}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9/.\-]{0,9}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
