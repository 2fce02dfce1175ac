namespace PropertyOps.Samples;

/// <summary>The sample app's exit codes (documented in <c>--help</c> and the README).</summary>
public static class ExitCode
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The input was understood but refused: a rule refused a command, or a file's content is not acceptable.</summary>
    public const int Refused = 1;

    /// <summary>A usage error: an unknown command, a missing, extra or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>An I/O problem: a file or folder that does not exist, cannot be read or written.</summary>
    public const int InputOutput = 3;

    /// <summary>Something the app did not expect (a bug): reported in one line, never as a stack trace.</summary>
    public const int Internal = 70;
}
