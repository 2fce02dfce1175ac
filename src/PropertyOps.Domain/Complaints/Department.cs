using System;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Complaints;

/// <summary>责任部门 — the department responsible for handling a complaint.</summary>
public sealed record Department
{
    private Department(DepartmentKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>Engineering (工程部).</summary>
    public static Department Engineering { get; } = new(DepartmentKind.Engineering, "engineering");

    /// <summary>Security (保安部).</summary>
    public static Department Security { get; } = new(DepartmentKind.Security, "security");

    /// <summary>Cleaning (保洁).</summary>
    public static Department Cleaning { get; } = new(DepartmentKind.Cleaning, "cleaning");

    /// <summary>Landscaping (绿化).</summary>
    public static Department Landscaping { get; } = new(DepartmentKind.Landscaping, "landscaping");

    /// <summary>Customer service (客户服务).</summary>
    public static Department CustomerService { get; } = new(DepartmentKind.CustomerService, "customer-service");

    /// <summary>Finance (财务).</summary>
    public static Department Finance { get; } = new(DepartmentKind.Finance, "finance");

    /// <summary>The kind.</summary>
    public DepartmentKind Kind { get; }

    /// <summary>The code of a standard department (<c>engineering</c> …) or a custom department's name.</summary>
    public string Name { get; }

    /// <summary>A department the company names itself, e.g. <c>电梯外包</c>.</summary>
    /// <param name="name">The name, 1–50 characters.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentException">The name is blank or too long.</exception>
    public static Department Custom(string name) => new(DepartmentKind.Custom, Preconditions.CheckText(name, 50));

    /// <summary>Parses what <see cref="ToString"/> writes: a standard code or <c>custom:</c> followed by a name.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentException">The text names no department.</exception>
    public static Department Parse(string text) => text switch
    {
        "engineering" => Engineering,
        "security" => Security,
        "cleaning" => Cleaning,
        "landscaping" => Landscaping,
        "customer-service" => CustomerService,
        "finance" => Finance,
        _ when text is not null && text.StartsWith("custom:", StringComparison.Ordinal) => Custom(text["custom:".Length..]),
        _ => throw new ArgumentException($"'{PropertyOps.Domain.Common.Redaction.Excerpt(text)}' is not a department (engineering, security, cleaning, landscaping, customer-service, finance or custom:<name>).", nameof(text)),
    };

    /// <summary>The standard code, or <c>custom:</c> and the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == DepartmentKind.Custom ? "custom:" + Name : Name;
}
