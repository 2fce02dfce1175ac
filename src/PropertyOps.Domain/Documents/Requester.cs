using System;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Documents;

/// <summary>Who asks for a document (D7): their kind, who they are (masked when shown, D14), their department (staff), and whether their credentials were checked and registered (law enforcement).</summary>
/// <param name="Kind">The kind of requester.</param>
/// <param name="Name">The person or body, 1–50 characters (shown masked).</param>
/// <param name="Department">Staff: their department; empty otherwise.</param>
/// <param name="CredentialsVerified">Whether the body's and person's credentials were checked and registered (D7 f).</param>
public sealed record Requester(RequesterKind Kind, string Name, string Department = "", bool CredentialsVerified = false)
{
    /// <summary>The kind.</summary>
    public RequesterKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), "Unknown requester kind.");

    /// <summary>The person or body.</summary>
    public string Name { get; } = Preconditions.CheckText(Name, 50);

    /// <summary>Staff: their department.</summary>
    public string Department { get; } = Department is null or "" ? string.Empty : Preconditions.CheckText(Department, 50);

    /// <summary>E.g. <c>Staff 工程部 张*</c> (the name masked, D14).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}{(Department.Length > 0 ? " " + Department : string.Empty)} {PersonName.Of(Name).Masked}";
}
