namespace Corpus.Extraction;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c> that the analyzers fill and the code fixes read, so a fix needs no
/// second look at the corpus. Here, beside <see cref="DiagnosticIds"/>, because the code-fix assembly does not
/// reference the analyzers.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>The text to put in place of the constant (a name, alias, key or quote text).</summary>
    public const string Suggestion = "Suggestion";

    /// <summary>The nested class of the typed member to use ("People", "Quotes").</summary>
    public const string Container = "Container";

    /// <summary>The typed member's name ("RobinLi").</summary>
    public const string Member = "Member";

    /// <summary>How the fix rewrites: <see cref="RewriteMember"/> or <see cref="RewriteLiteral"/>.</summary>
    public const string Rewrite = "Rewrite";

    /// <summary>Replace the whole lookup call with the typed member.</summary>
    public const string RewriteMember = "Member";

    /// <summary>Replace only the string literal with <see cref="Suggestion"/>.</summary>
    public const string RewriteLiteral = "Literal";

    /// <summary>The full new text of seeds.lock.json (CORPUS020).</summary>
    public const string LockText = "LockText";

    /// <summary>The path of the file the new text is for (CORPUS020).</summary>
    public const string LockPath = "LockPath";
}
