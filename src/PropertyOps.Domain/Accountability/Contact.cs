using System;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Accountability;

/// <summary>
/// 来访、来电、来函 — one first contact (首问) with the company: a visit, a call or a letter about a complaint, an enquiry, a
/// suggestion or a request, the employee first asked (首位来访受理人) and what they did with it (C9, 001 §2.1.1:
/// 凡业主(住户)及其他来访,来函,来电者…首次询问到公司任何一位员工,该员工都有责任义务受理并告知其解决问题的方法或问题解决的责任人).
/// <see cref="ToString"/> carries no personal data.
/// </summary>
public sealed record Contact
{
    /// <summary>Creates a contact record.</summary>
    /// <param name="id">The contact's register number (1–64 letters, digits, '-', '_', '.' or ':').</param>
    /// <param name="kind">What it came about.</param>
    /// <param name="channel">How it came: a visit, a call (phone) or a letter (written), or another channel.</param>
    /// <param name="at">When the employee was first asked.</param>
    /// <param name="firstContact">The employee first asked (首问责任人).</param>
    /// <param name="response">What they did with it, once recorded.</param>
    /// <exception cref="ArgumentException">An argument is malformed or out of range, or the response is dated before the contact.</exception>
    public Contact(string id, ContactKind kind, Channel channel, Instant at, Actor firstContact, ContactResponse? response = null)
    {
        Id = LedgerInvariants.RecordId(id, nameof(id));
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), "Unknown contact kind.");
        Channel = Enum.IsDefined(channel) ? channel : throw new ArgumentOutOfRangeException(nameof(channel), "Unknown channel.");
        At = Preconditions.CheckInstant(at);
        FirstContact = firstContact.IsEmpty || firstContact.Role == ActorRole.Complainant
            ? throw new ArgumentException("A first contact is an employee of the company.", nameof(firstContact))
            : firstContact;
        Response = response is { } r && r.At < at ? throw new ArgumentException("The response cannot come before the contact.", nameof(response)) : response;
    }

    /// <summary>The register number.</summary>
    public string Id { get; }

    /// <summary>What it came about.</summary>
    public ContactKind Kind { get; }

    /// <summary>How it came.</summary>
    public Channel Channel { get; }

    /// <summary>When the employee was first asked.</summary>
    public Instant At { get; }

    /// <summary>The employee first asked.</summary>
    public Actor FirstContact { get; }

    /// <summary>What they did with it, if recorded.</summary>
    public ContactResponse? Response { get; }

    /// <summary>E.g. <c>V-7 Enquiry by Visit to E1001 at 2026-11-02T01:00:00Z: Redirected</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Kind} by {Channel} to {FirstContact.Id} at {Invariant.Instant(At)}: {Response?.Action.ToString() ?? "no response recorded"}";
}
