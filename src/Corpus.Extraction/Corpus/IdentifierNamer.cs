using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Turns names and phrases into C# identifiers ("Robin Li" → RobinLi, "U.S." → US, "Ascend 910B" → Ascend910B)
/// and splits text into the words that keys and identifiers are built from. Culture-invariant.
/// </summary>
public static class IdentifierNamer
{
    // Members every static class inherits from object: a generated property with one of these names would hide it
    // (CS0108), so such a name gets a suffix like a container name does.
    private static readonly HashSet<string> InheritedNames = new(System.StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// The words of <paramref name="text"/>: runs of letters and digits. Apostrophes inside a word are dropped
    /// ("McDonald's" is one word, McDonalds); every other character separates words ("U.S." is U and S).
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordCharacter(c))
            {
                current.Append(c);
            }
            else if (IsApostrophe(c) && current.Length > 0 && i + 1 < text.Length && IsWordCharacter(text[i + 1]))
            {
                continue;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                // Invisible formatting (a soft hyphen, a zero-width joiner) neither joins nor splits words.
                continue;
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>
    /// The PascalCase identifier for <paramref name="words"/>. With <paramref name="keepCapitals"/> an acronym keeps
    /// its capitals ("Zhipu AI" → ZhipuAI, as an entity name is written); without it an all-capital word is
    /// Pascal-cased ("LLM performance" → LlmPerformance, as a phrase reads). Mixed case stays ("ChatGPT").
    /// </summary>
    /// <param name="words">The words.</param>
    /// <param name="keepCapitals">Whether all-capital words keep their capitals.</param>
    /// <param name="prefix">Put before an identifier that would start with a digit ("000_bf47.txt" → Doc000Bf47).</param>
    /// <param name="fallback">The identifier when no word is left.</param>
    public static string Pascal(IEnumerable<string> words, bool keepCapitals, string prefix, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            AppendWord(builder, word, keepCapitals);
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, prefix);
        }

        var identifier = builder.ToString();
        return Keywords.Contains(identifier) ? "@" + identifier : identifier;
    }

    /// <summary>The PascalCase identifier for the words of <paramref name="name"/>.</summary>
    public static string Pascal(string name, bool keepCapitals, string prefix, string fallback)
        => Pascal(Words(name), keepCapitals, prefix, fallback);

    /// <summary>
    /// Whether <paramref name="identifier"/> cannot be used as a member of a class named <paramref name="container"/>:
    /// the class's own name (CS0542) or a name every class inherits from object.
    /// </summary>
    public static bool IsReserved(string identifier, string container)
        => string.Equals(identifier, container, System.StringComparison.Ordinal) || InheritedNames.Contains(identifier);

    /// <summary>Whether <paramref name="text"/> is a valid C# identifier as written (no @, no keyword).</summary>
    public static bool IsValidIdentifier(string text)
    {
        if (text.Length == 0 || !IsIdentifierStart(text[0]) || Keywords.Contains(text))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (!IsIdentifierPart(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendWord(StringBuilder builder, string word, bool keepCapitals)
    {
        var allCapitals = word.Length > 1 && HasNoLowerCase(word) && CountLetters(word) > 1;
        builder.Append(char.ToUpperInvariant(word[0]));
        for (var i = 1; i < word.Length; i++)
        {
            builder.Append(allCapitals && !keepCapitals ? char.ToLowerInvariant(word[i]) : word[i]);
        }
    }

    private static bool HasNoLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountLetters(string word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

    // Letters, digits and combining marks (a decomposed "ë" in Zoë). Surrogates are left out: Roslyn does not
    // accept supplementary-plane characters in identifiers, so they separate words instead.
    private static bool IsWordCharacter(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }

    private static bool IsIdentifierStart(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return c == '_';
        }
    }

    private static bool IsIdentifierPart(char c)
        => IsIdentifierStart(c) || (IsWordCharacter(c) && !char.IsSurrogate(c)) || c == '_';
}
