using Corpus.Extraction.Text;

namespace Corpus.Extraction.Corpus.Lock;

/// <summary>
/// The content hash a lock entry records: what the member stood for, so a later build can tell "the same
/// member" from "a member with the same name that now means something else". 16 hex digits of SHA-256.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of an entity: its kind and canonical name.</summary>
    public static string OfEntity(string name, EntityKind kind)
        => Short("entity\n" + kind.ToString() + "\n" + ComparableText.Normalise(name));

    /// <summary>The hash of a quotation: its text, compared as <see cref="ComparableText"/> does.</summary>
    public static string OfQuote(string text) => Short("quote\n" + ComparableText.Normalise(text));

    private static string Short(string value) => TextFacts.Sha256(value).Substring(0, 16);
}
