using System.IO;

namespace Corpus.Cli;

/// <summary>The tool's usage text and the one way a usage error is reported (exit code 2).</summary>
internal static class Usage
{
    /// <summary>The exit code of a usage error.</summary>
    public const int ExitCode = 2;

    /// <summary>The help text.</summary>
    public const string Text =
        "usage: corpus <command> [options]\n" +
        "\n" +
        "commands:\n" +
        "  extract PATH... [--json]         show what the generator extracts from seed files or folders\n" +
        "                                   (folders: *.txt and *.md, recursively); --json prints JSON\n" +
        "  score --gold FILE.json PATH...   score extraction against a gold annotation file\n" +
        "  lock SEEDS [--output FILE]       write or update seeds.lock.json (default: in the current folder)\n" +
        "       [--overrides corpus.json]\n" +
        "  help                             show this text\n";

    /// <summary>Writes "corpus: MESSAGE" and the usage text to <paramref name="stderr"/>; returns <see cref="ExitCode"/>.</summary>
    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("corpus: " + message);
        stderr.Write(Text);
        return ExitCode;
    }
}
