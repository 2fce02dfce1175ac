using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace PropertyOps.Domain.Common;

/// <summary>
/// The idempotency keys (command ids) already recorded in an aggregate's history: an immutable set with value
/// equality, so a replayed state equals the original. A command retried with a key in this set records nothing.
/// </summary>
public sealed class CommandIdSet : IEquatable<CommandIdSet>
{
    private readonly ImmutableHashSet<string> _ids;
    private readonly int _hash;

    private CommandIdSet(ImmutableHashSet<string> ids, int hash)
    {
        _ids = ids;
        _hash = hash;
    }

    /// <summary>The empty set.</summary>
    public static CommandIdSet Empty { get; } = new(ImmutableHashSet.Create<string>(StringComparer.Ordinal), 0);

    /// <summary>How many keys are recorded.</summary>
    public int Count => _ids.Count;

    /// <summary>Whether <paramref name="commandId"/> is recorded.</summary>
    /// <param name="commandId">The key.</param>
    /// <returns>Whether it is in the set.</returns>
    public bool Contains(string? commandId) => commandId is not null && _ids.Contains(commandId);

    /// <summary>The set with <paramref name="commandId"/> added.</summary>
    /// <param name="commandId">The key.</param>
    /// <returns>The new set (this one if the key was there).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commandId"/> is null.</exception>
    public CommandIdSet Add(string commandId)
    {
        Guard.Against.Null(commandId);
        return _ids.Contains(commandId) ? this : new CommandIdSet(_ids.Add(commandId), _hash ^ StringComparer.Ordinal.GetHashCode(commandId));
    }

    /// <inheritdoc />
    public bool Equals(CommandIdSet? other) => other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _ids.SetEquals(other._ids)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CommandIdSet);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>How many keys are recorded.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Count} command id(s)";
}
