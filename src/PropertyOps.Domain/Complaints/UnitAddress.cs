using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Complaints;

/// <summary>The unit (住址) a complainant lives in or complains about, e.g. <c>3栋2单元1201</c>.</summary>
public sealed record UnitAddress
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxLength = 100;

    private UnitAddress(string value) => Value = value;

    /// <summary>The address text.</summary>
    public string Value { get; }

    /// <summary>Creates an address: trimmed, not blank, at most <see cref="MaxLength"/> characters.</summary>
    /// <param name="value">The address.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentException">The address is blank or too long.</exception>
    public static UnitAddress Of(string value) => new(Preconditions.CheckText(value, MaxLength));

    /// <summary>The address.</summary>
    /// <returns>The address.</returns>
    public override string ToString() => Value;
}
