using System;
using System.Collections.Generic;

namespace Corpus.Cli.Input;

/// <summary>
/// A command's arguments: switches (--json), options with a value (--gold FILE or --gold=FILE) and paths.
/// "--" ends the options, so a seed named "-x.txt" can still be given.
/// </summary>
internal sealed class CommandLine
{
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    /// <summary>The paths, in the order given.</summary>
    public List<string> Paths { get; } = new();

    /// <summary>Whether <paramref name="name"/> was given.</summary>
    public bool Has(string name) => _switches.Contains(name);

    /// <summary>The value of option <paramref name="name"/>, or null.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses <paramref name="args"/>; on a usage error returns null and sets <paramref name="error"/>.</summary>
    /// <param name="args">The command's arguments (without the command name).</param>
    /// <param name="switches">Options that take no value.</param>
    /// <param name="options">Options that take a value.</param>
    /// <param name="error">What is wrong, or null.</param>
    public static CommandLine? Parse(string[] args, string[] switches, string[] options, out string? error)
    {
        error = null;
        var line = new CommandLine();
        var onlyPaths = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (onlyPaths || arg.Length < 2 || arg[0] != '-')
            {
                line.Paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPaths = true;
                continue;
            }

            var equals = arg.IndexOf('=');
            var name = equals > 0 ? arg.Substring(0, equals) : arg;
            if (Array.IndexOf(switches, name) >= 0 && equals < 0)
            {
                line._switches.Add(name);
            }
            else if (Array.IndexOf(options, name) >= 0)
            {
                string value;
                if (equals > 0)
                {
                    value = arg.Substring(equals + 1);
                }
                else if (i + 1 < args.Length)
                {
                    value = args[++i];
                }
                else
                {
                    error = $"option '{name}' needs a value.";
                    return null;
                }

                if (line._values.ContainsKey(name))
                {
                    error = $"option '{name}' is given twice.";
                    return null;
                }

                line._values[name] = value;
            }
            else
            {
                error = $"unknown option '{arg}'.";
                return null;
            }
        }

        return line;
    }
}
