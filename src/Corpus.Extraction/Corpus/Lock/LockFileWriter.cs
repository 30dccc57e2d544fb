using System.Collections.Generic;
using Corpus.Extraction.Json;

namespace Corpus.Extraction.Corpus.Lock;

/// <summary>
/// Writes seeds.lock.json from a corpus: one entry per generated entity and quote member, sorted by container
/// then member name (ordinal), indented, LF line ends. The same corpus always gives the same bytes.
/// </summary>
public static class LockFileWriter
{
    /// <summary>
    /// The lock text for <paramref name="corpus"/>. Tombstones (members only the previous lock still held) are
    /// not written: writing the lock is how a removal is accepted.
    /// </summary>
    /// <param name="corpus">The corpus as it is now.</param>
    /// <param name="previous">The lock file being replaced, or null. Only its version is consulted today; the
    /// parameter keeps callers ready for migrations of the format.</param>
    public static string Write(CorpusModel corpus, LockFile? previous)
    {
        _ = previous;
        var entries = Entries(corpus);
        var writer = new JsonWriter();
        writer.StartObject();
        writer.Number(LockFileFormat.VersionField, LockFileFormat.Version);
        writer.StartArray(LockFileFormat.MembersField);
        foreach (var entry in entries)
        {
            writer.StartObject();
            writer.String(LockFileFormat.ContainerField, entry.Container);
            writer.String(LockFileFormat.MemberField, entry.MemberName);
            writer.String(LockFileFormat.KeyField, entry.Key);
            if (entry.EntityKind is { } kind)
            {
                writer.String(LockFileFormat.KindField, kind.ToString());
            }

            writer.String(LockFileFormat.NameField, entry.Name);
            writer.String(LockFileFormat.HashField, entry.ContentHash);
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        return writer.ToString();
    }

    /// <summary>The entries <see cref="Write"/> records for <paramref name="corpus"/>, in file order.</summary>
    public static IReadOnlyList<LockEntry> Entries(CorpusModel corpus)
    {
        var entries = new List<LockEntry>(corpus.Entities.Count + corpus.Quotes.Count);
        foreach (var entity in corpus.Entities)
        {
            entries.Add(new LockEntry(entity.Key, entity.Name, Containers.Of(entity.Kind), entity.MemberName, entity.Kind, ContentHash.OfEntity(entity.Name, entity.Kind)));
        }

        foreach (var quote in corpus.Quotes)
        {
            entries.Add(new LockEntry(quote.Key, quote.Text, Containers.Quotes, quote.MemberName, null, ContentHash.OfQuote(quote.Text)));
        }

        entries.Sort(static (a, b) =>
        {
            var byContainer = string.CompareOrdinal(a.Container, b.Container);
            return byContainer != 0 ? byContainer : string.CompareOrdinal(a.MemberName, b.MemberName);
        });
        return entries;
    }
}
