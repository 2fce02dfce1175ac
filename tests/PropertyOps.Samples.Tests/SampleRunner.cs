using System;
using System.IO;
using PropertyOps.Samples;

namespace PropertyOps.Samples.Tests;

/// <summary>Runs the sample app in-process in plain mode, with standard output and standard error captured apart.</summary>
internal static class SampleRunner
{
    public static (int Code, string Output, string Errors) Run(params string[] args)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            return (SampleApp.Run([.. args, "--plain"]), output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
