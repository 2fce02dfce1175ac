using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Fees;

/// <summary>A service item owners score (F1): security, cleaning, landscaping, repairs, customer service, or a custom item.</summary>
public sealed record ServiceItem
{
    private ServiceItem(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>保安 — security.</summary>
    public static ServiceItem Security { get; } = new("security", "保安");

    /// <summary>保洁 — cleaning.</summary>
    public static ServiceItem Cleaning { get; } = new("cleaning", "保洁");

    /// <summary>绿化 — landscaping.</summary>
    public static ServiceItem Landscaping { get; } = new("landscaping", "绿化");

    /// <summary>工程维修 — engineering and repairs.</summary>
    public static ServiceItem Repairs { get; } = new("repairs", "工程维修");

    /// <summary>客户服务 — customer service.</summary>
    public static ServiceItem CustomerService { get; } = new("customer-service", "客户服务");

    /// <summary>A stable code, e.g. <c>security</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese name, e.g. <c>保安</c>.</summary>
    public string Name { get; }

    /// <summary>A custom item the estate agrees with its owners.</summary>
    /// <param name="code">A code: 1–40 lowercase letters, digits or '-'.</param>
    /// <param name="name">The display name.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">The code or name is malformed.</exception>
    public static ServiceItem Custom(string code, string name)
    {
        return new ServiceItem(Preconditions.CheckCode(code), Preconditions.CheckText(name, 40));
    }

    /// <summary>The name and code, e.g. <c>保安 (security)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Code})";
}
