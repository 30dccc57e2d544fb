using System.Collections.Generic;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Models;

namespace Corpus.Generators.Emit;

/// <summary>
/// The fully qualified names the emitters write, and lookups from keys to entities and quotes, so every
/// emitter spells a type or member the same way (always through <c>global::</c>).
/// </summary>
internal sealed class CorpusNames
{
    private readonly Dictionary<string, int> _entityIndex = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _quoteIndex = new(System.StringComparer.Ordinal);

    public CorpusNames(CorpusSpec spec)
    {
        Spec = spec;
        Corpus = spec.Corpus;
        Options = spec.Options;
        for (var i = 0; i < Corpus.Entities.Count; i++)
        {
            _entityIndex[Corpus.Entities[i].Key] = i;
        }

        for (var i = 0; i < Corpus.Quotes.Count; i++)
        {
            _quoteIndex[Corpus.Quotes[i].Key] = i;
        }
    }

    public CorpusSpec Spec { get; }

    public CorpusModel Corpus { get; }

    public GeneratorOptions Options { get; }

    /// <summary>"global::Corpus.Entity" for a support type name.</summary>
    public string Type(string name) => "global::" + Options.Namespace + "." + name;

    /// <summary>"global::Corpus.Seeds" or a member of it.</summary>
    public string Seeds(string? member = null)
        => "global::" + Options.Namespace + "." + Options.ClassName + (member is null ? string.Empty : "." + member);

    /// <summary>The index of the entity with <paramref name="key"/>, or -1.</summary>
    public int EntityIndex(string? key) => key is not null && _entityIndex.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The index of the quote with <paramref name="key"/>, or -1.</summary>
    public int QuoteIndex(string? key) => key is not null && _quoteIndex.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The entity with <paramref name="key"/>, or null.</summary>
    public CorpusEntity? Entity(string? key) => EntityIndex(key) is var i && i >= 0 ? Corpus.Entities[i] : null;

    /// <summary>The typed member of an entity, as written in C#: "global::Corpus.Seeds.People.RobinLi".</summary>
    public string EntityMember(CorpusEntity entity) => Seeds(Containers.Of(entity.Kind) + "." + entity.MemberName);

    /// <summary>The per-document holder class that keeps a seed's document, sentences and quotes.</summary>
    public static string Holder(CorpusDocument document) => document.MemberName.TrimStart('@') + "Data";

    /// <summary>"global::Corpus.EntityKind.Person".</summary>
    public string Kind(EntityKind kind) => Type("EntityKind") + "." + kind.ToString();

    /// <summary>"global::Corpus.QuoteKind.Quotation".</summary>
    public string Kind(QuoteKind kind) => Type("QuoteKind") + "." + kind.ToString();

    /// <summary>A document's place for docs: "seeds/000_x.txt:4".</summary>
    public string Place(CorpusMention mention)
    {
        var path = mention.Document >= 0 && mention.Document < Corpus.Documents.Count ? Corpus.Documents[mention.Document].RelativePath : "?";
        return path + ":" + CSharpText.Int(mention.Span.Line);
    }

    /// <summary>The kept sentence a mention points at, or null.</summary>
    public string? Sentence(CorpusMention mention)
    {
        if (mention.Document < 0 || mention.Document >= Corpus.Documents.Count)
        {
            return null;
        }

        var sentences = Corpus.Documents[mention.Document].Sentences;
        return mention.Sentence >= 0 && mention.Sentence < sentences.Count ? sentences[mention.Sentence] : null;
    }
}
