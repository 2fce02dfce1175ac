using System;
using System.Collections.Immutable;
using System.Linq;

namespace PropertyOps.Domain.Complaints;

/// <summary>
/// What a company asks of a complaint before it is closed, where the regulation lets a company choose: which channels get
/// the result in writing, acknowledged by the owner (C17). Immutable; start from <see cref="Regulation"/>.
/// </summary>
public sealed record ComplaintPolicy
{
    private readonly ImmutableHashSet<Channel> _writtenReplyChannels = [Channel.Phone, Channel.Written];

    /// <summary>
    /// The regulation's reading (C17): 002 篇5 §2(7) asks a written complaint for a written reply, and 004 asks the same of
    /// phone complaints (投诉（含电话投诉、书面投诉）…将解决结果书面告之业户，取得业户的认可): both channels get the result in writing,
    /// acknowledged by the owner, before the complaint is closed.
    /// </summary>
    public static ComplaintPolicy Regulation { get; } = new();

    /// <summary>
    /// The channels whose complaints get the result in writing and the owner's acknowledgement of it before they are
    /// closed (C17); phone and written by default.
    /// </summary>
    /// <exception cref="ArgumentException">A channel is not a defined channel.</exception>
    public ImmutableHashSet<Channel> WrittenReplyChannels
    {
        get => _writtenReplyChannels;
        init => _writtenReplyChannels = value is null || value.Any(c => !Enum.IsDefined(c))
            ? throw new ArgumentException("The written-reply channels must be defined channels.", nameof(WrittenReplyChannels))
            : value;
    }

    /// <summary>Whether a complaint of <paramref name="channel"/> gets a written reply acknowledged by the owner (C17).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool RequiresWrittenReply(Channel channel) => _writtenReplyChannels.Contains(channel);
}
