using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Common;

/// <summary>
/// What a decider answers to a command: the events to record, or a <see cref="RuleViolation"/> and no events.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
public readonly struct Decision<TEvent>
    where TEvent : class
{
    private Decision(ImmutableArray<TEvent> events, RuleViolation? violation)
    {
        Events = events;
        Violation = violation;
    }

    /// <summary>The events to record; empty when refused.</summary>
    public ImmutableArray<TEvent> Events { get; }

    /// <summary>The refusal, or <see langword="null"/> when accepted.</summary>
    public RuleViolation? Violation { get; }

    /// <summary>Whether the command was accepted.</summary>
    public bool IsAccepted => Violation is null;

    /// <summary>Accepts the command with one event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The decision.</returns>
    public static Decision<TEvent> Accept(TEvent @event) => new([Guard.Against.Null(@event)], null);

    /// <summary>Accepts the command without recording anything: a retried command whose idempotency key is already in the history.</summary>
    public static Decision<TEvent> AlreadyApplied { get; } = new([], null);

    /// <summary>Refuses the command.</summary>
    /// <param name="rule">The rule id that forbids it.</param>
    /// <param name="message">Why, in words a front-desk clerk understands (no personal data).</param>
    /// <returns>The decision.</returns>
    public static Decision<TEvent> Refuse(RuleId rule, string message) => new([], new RuleViolation(rule, message));

    /// <summary>A refusal already judged elsewhere (the same rule id and message).</summary>
    /// <param name="violation">The refusal.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="violation"/> is null.</exception>
    public static Decision<TEvent> Refuse(RuleViolation violation) => new([], Guard.Against.Null(violation));

    /// <summary>The events, or a <see cref="RuleViolationException"/> when refused.</summary>
    /// <returns>The events.</returns>
    /// <exception cref="RuleViolationException">The command was refused.</exception>
    public ImmutableArray<TEvent> GetEventsOrThrow() => Violation is null ? Events : throw new RuleViolationException(Violation);

    /// <summary>The events, or the refusal.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Violation?.ToString() ?? $"accepted: {string.Join(", ", Events)}";
}
