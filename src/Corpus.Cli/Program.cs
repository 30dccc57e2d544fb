using System;
using System.IO;
using System.Text;
using Corpus.Cli.Commands;

namespace Corpus.Cli;

/// <summary>The `corpus` tool: dispatches a command line to its command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Seeds are UTF-8 and names such as "Zoë" or "李强" must survive on any console.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs one command line; the tests call this in-process.</summary>
    /// <returns>0 on success, 1 when the command failed, 2 on a usage error.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.Write(Usage.Text);
            return Usage.ExitCode;
        }

        var rest = args.AsSpan(1).ToArray();
        switch (args[0])
        {
            case "extract":
                return ExtractCommand.Run(rest, stdout, stderr);
            case "score":
                return ScoreCommand.Run(rest, stdout, stderr);
            case "lock":
                return LockCommand.Run(rest, stdout, stderr);
            case "help":
            case "-h":
            case "--help":
                stdout.Write(Usage.Text);
                return 0;
            default:
                return Usage.Fail(stderr, $"unknown command '{args[0]}'.");
        }
    }
}
