using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PropertyOps.Domain.Common;

namespace PropertyOps.Domain.Internal;

/// <summary>
/// The two steps every decider shares — replaying a history and executing a decision — in one place, so the complaint,
/// the staff ledger and the archive report a bad history and a refusal the same way.
/// </summary>
internal static class Fold
{
    /// <summary>Folds a history from <paramref name="initial"/>; an event that cannot follow is reported with its position.</summary>
    public static TState Replay<TState, TEvent>(TState initial, IEnumerable<TEvent> events, Func<TState, TEvent, TState> evolve, string what)
    {
        var state = initial;
        if (events is IReadOnlyList<TEvent> list)
        {
            // Indexing avoids the boxed enumerator: replaying millions of stored histories allocates only the states.
            for (var index = 0; index < list.Count; index++)
            {
                state = Step(state, list[index], evolve, what, index);
            }

            return state;
        }

        var position = 0;
        foreach (var @event in events)
        {
            state = Step(state, @event, evolve, what, position++);
        }

        return state;
    }

    /// <summary>Applies an accepted decision's events, or throws its refusal (<see cref="RuleViolationException"/>) with the state unchanged.</summary>
    public static (TState State, ImmutableArray<TEvent> Events) Execute<TState, TEvent>(TState state, Decision<TEvent> decision, Func<TState, TEvent, TState> evolve)
        where TEvent : class
    {
        var events = decision.GetEventsOrThrow();
        foreach (var @event in events)
        {
            state = evolve(state, @event);
        }

        return (state, events);
    }

    private static TState Step<TState, TEvent>(TState state, TEvent @event, Func<TState, TEvent, TState> evolve, string what, int index)
    {
        try
        {
            return evolve(state, @event);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{what} #{index} cannot be replayed: {e.Message}", e);
        }
    }
}
