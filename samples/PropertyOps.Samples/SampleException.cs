using System;

namespace PropertyOps.Samples;

/// <summary>A problem the user can fix, reported as one line on standard error with its exit code.</summary>
/// <param name="exitCode">The exit code (<see cref="ExitCode"/>).</param>
/// <param name="message">What is wrong, in the user's terms.</param>
public sealed class SampleException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>A usage error.</summary>
    public static SampleException Usage(string message) => new(Samples.ExitCode.Usage, message);

    /// <summary>A refused input.</summary>
    public static SampleException Refused(string message) => new(Samples.ExitCode.Refused, message);

    /// <summary>An I/O problem.</summary>
    public static SampleException Io(string message) => new(Samples.ExitCode.InputOutput, message);
}
