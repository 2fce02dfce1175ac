using System;
using Ardalis.GuardClauses;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// 投诉人/业户 — the owner or resident who complained: name, unit and phone (rule C1). <see cref="ToString"/> masks
/// the name and phone (D14).
/// </summary>
public sealed record Complainant
{
    /// <summary>Creates a complainant.</summary>
    /// <param name="name">The complainant's name.</param>
    /// <param name="unit">The unit (住址).</param>
    /// <param name="phone">The contact phone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Complainant(PersonName name, UnitAddress unit, PhoneNumber phone)
    {
        Name = Guard.Against.Null(name);
        Unit = Guard.Against.Null(unit);
        Phone = Guard.Against.Null(phone);
    }

    /// <summary>The name.</summary>
    public PersonName Name { get; }

    /// <summary>The unit.</summary>
    public UnitAddress Unit { get; }

    /// <summary>The phone.</summary>
    public PhoneNumber Phone { get; }

    /// <summary>Parses the three fields as a clerk types them.</summary>
    /// <param name="name">The name.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="phone">The phone.</param>
    /// <returns>The complainant.</returns>
    /// <exception cref="ArgumentException">A field is blank, too long or malformed.</exception>
    public static Complainant Of(string name, string unit, string phone) =>
        new(PersonName.Of(name), UnitAddress.Of(unit), PhoneNumber.Parse(phone));

    /// <summary>The masked complainant, e.g. <c>张* (3栋2单元1201, 138****5678)</c>.</summary>
    /// <returns>The masked text.</returns>
    public override string ToString() => $"{Name.Masked} ({Unit}, {Phone.Masked})";
}
