using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Fees;

/// <summary>
/// The kind of premises a fee item is priced for (F3): a residence, a shop, an office, a parking space, or a custom type
/// the estate defines (e.g. a storage room). Two types are equal when their codes are.
/// </summary>
public sealed record UnitType
{
    private UnitType(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>住宅 — a residence.</summary>
    public static UnitType Residence { get; } = new("residence", "住宅");

    /// <summary>商铺 — a shop.</summary>
    public static UnitType Shop { get; } = new("shop", "商铺");

    /// <summary>办公 — an office.</summary>
    public static UnitType Office { get; } = new("office", "办公");

    /// <summary>车位 — a parking space.</summary>
    public static UnitType ParkingSpace { get; } = new("parking-space", "车位");

    /// <summary>A stable code, e.g. <c>shop</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese name, e.g. <c>商铺</c>.</summary>
    public string Name { get; }

    /// <summary>A custom unit type.</summary>
    /// <param name="code">1–40 lowercase letters, digits or '-'.</param>
    /// <param name="name">The display name, 1–40 characters.</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentException">The code or name is malformed.</exception>
    public static UnitType Custom(string code, string name)
    {
        var checkedCode = Preconditions.CheckCode(code);
        return checkedCode switch
        {
            "residence" => Residence,
            "shop" => Shop,
            "office" => Office,
            "parking-space" => ParkingSpace,
            _ => new UnitType(checkedCode, Preconditions.CheckText(name, 40)),
        };
    }

    /// <inheritdoc />
    public bool Equals(UnitType? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The name and code, e.g. <c>商铺 (shop)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Code})";
}
