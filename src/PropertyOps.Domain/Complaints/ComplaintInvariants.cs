using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;
using PropertyOps.Domain.Internal;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// The field invariants of complaint records, in one place: commands check them when they are created, and events check
/// the same ones when they are created — by <see cref="Complaint.Decide(ComplaintCommand, ComplaintState, ComplaintPolicy)"/> or by a reader of stored events — so a stream
/// a reader accepts never holds what <see cref="Complaint.Decide(ComplaintCommand, ComplaintState, ComplaintPolicy)"/> would not have produced.
/// </summary>
internal static class ComplaintInvariants
{
    public static Instant At(Instant at, [CallerArgumentExpression(nameof(at))] string? name = null) => Preconditions.CheckInstant(at, name);

    public static Actor Actor(Actor actor, [CallerArgumentExpression(nameof(actor))] string? name = null) =>
        actor.IsEmpty ? throw new ArgumentException("A record needs an actor (employee id and role).", name) : actor;

    public static string Subject(string value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        Preconditions.CheckText(value, ComplaintCommand.MaxSubjectLength, name, multiline: true);

    public static string Text(string value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        Preconditions.CheckText(value, ComplaintCommand.MaxTextLength, name, multiline: true);

    /// <summary>A reference (form number, call or message id): one line, 1–100 characters.</summary>
    public static string Reference(string value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        Preconditions.CheckText(value, 100, name);

    /// <summary>Who a first contact named: an employee id or a department, one line, at most 50 characters; null for no one.</summary>
    public static string? Named(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is null ? null : Preconditions.CheckText(value, 50, name);

    public static string? OptionalText(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is null ? null : Text(value, name);

    public static int Households(int households, [CallerArgumentExpression(nameof(households))] string? name = null) =>
        Guard.Against.OutOfRange(households, name!, 1, ComplaintCommand.MaxHouseholds);

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum => Guard.Against.Undefined(value, name);

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class => Guard.Against.Null(value, name);

    public static ComplaintId Id(ComplaintId id, [CallerArgumentExpression(nameof(id))] string? name = null) =>
        id.IsEmpty ? throw new ArgumentException("A complaint needs an id.", name) : id;

    /// <summary>An employee id named in a record (who a complaint is about): an actor id, so never a phone number or a name.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(id))]
    public static string? EmployeeId(string? id, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        if (id is null)
        {
            return null;
        }

        try
        {
            return new Actor(id, ActorRole.Staff).Id;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message, name, e);
        }
    }

    /// <summary>Whether a deadline or promised time set at <paramref name="at"/> is valid: strictly later, inside the supported years.</summary>
    public static bool IsLater(Instant deadline, Instant at) => deadline > at && Preconditions.IsSupported(deadline);

    public static Instant Later(Instant deadline, Instant at, [CallerArgumentExpression(nameof(deadline))] string? name = null)
    {
        Preconditions.CheckInstant(deadline, name);
        return deadline > at ? deadline : throw new ArgumentException($"{name} must be later than the record it belongs to.", name);
    }

    /// <summary>Whether an appointment agreed at receipt is valid: not before the receipt, inside the supported years.</summary>
    public static bool IsValidAppointment(Instant? appointment, Instant at) =>
        appointment is not { } a || (a >= at && Preconditions.IsSupported(a));

    /// <summary>Whether a receipt on <paramref name="channel"/> names the appointment it needs: a repair order records one (C20).</summary>
    public static bool HasRequiredAppointment(Channel channel, Instant? appointment) => channel != Channel.RepairOrder || appointment is not null;

    /// <summary>The appointment agreed at receipt: required for a repair order, never before the receipt (C20).</summary>
    public static Instant? ReceiptAppointment(Instant? appointment, Instant at, Channel channel, [CallerArgumentExpression(nameof(appointment))] string? name = null) =>
        HasRequiredAppointment(channel, appointment)
            ? Appointment(appointment, at, name)
            : throw new ArgumentException("A repair order needs an appointment time (预约维修时间, C20).", name);

    public static Instant? Appointment(Instant? appointment, Instant at, [CallerArgumentExpression(nameof(appointment))] string? name = null)
    {
        if (appointment is { } a)
        {
            Preconditions.CheckInstant(a, name);
            if (a < at)
            {
                throw new ArgumentException("An appointment cannot be earlier than the receipt (C20).", name);
            }
        }

        return appointment;
    }

    /// <summary>An idempotency key: 1–64 letters, digits, '-', '_', '.' or ':'.</summary>
    public static string? CommandId(string? id, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        if (id is null)
        {
            return null;
        }

        if (!Preconditions.IsKey(id))
        {
            throw new ArgumentException("A command id (idempotency key) has 1–64 letters, digits, '-', '_', '.' or ':'.", name);
        }

        return id;
    }
}
