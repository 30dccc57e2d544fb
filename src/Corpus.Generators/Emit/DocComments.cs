using System.Collections.Generic;
using System.Text;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;

namespace Corpus.Generators.Emit;

/// <summary>
/// The IntelliSense text of generated members: what the member is, its role and affiliation, the first sentence
/// that mentions it, how often it is mentioned and where. Every piece of seed text goes through <see cref="DocText"/>.
/// </summary>
internal static class DocComments
{
    /// <summary>"Robin Li: Person, founder of Baidu." and the sentence and place lines.</summary>
    public static string[] Entity(CorpusEntity entity, CorpusNames names)
    {
        var head = new StringBuilder();
        head.Append(DocText.Escape(entity.Name)).Append(": ").Append(entity.Kind.ToString());
        var affiliation = names.Entity(entity.AffiliationKey);
        if (entity.Role is not null)
        {
            head.Append(", ").Append(DocText.Escape(entity.Role));
            if (affiliation is not null)
            {
                head.Append(" of ").Append(DocText.Escape(affiliation.Name));
            }
        }
        else if (affiliation is not null)
        {
            head.Append(", affiliated with ").Append(DocText.Escape(affiliation.Name));
        }

        if (entity.Description is not null)
        {
            head.Append(" (").Append(DocText.Escape(entity.Description)).Append(')');
        }

        head.Append('.');
        if (entity.Aliases.Count > 0)
        {
            head.Append(" Also: ");
            for (var i = 0; i < entity.Aliases.Count; i++)
            {
                head.Append(i == 0 ? string.Empty : ", ").Append(DocText.Escape(entity.Aliases[i]));
            }

            head.Append('.');
        }

        var lines = new List<string> { head.ToString() };
        if (entity.Mentions.Count > 0)
        {
            var first = entity.Mentions[0];
            var sentence = names.Sentence(first);
            if (sentence is not null)
            {
                lines.Add("<para>\u201C" + DocText.Escape(sentence, DocText.SentenceLength) + "\u201D</para>");
            }

            lines.Add("<para>" + Count(entity.Mentions.Count, "mention") + ", first at <c>" + DocText.Escape(names.Place(first)) + "</c>. Key: <c>" + DocText.Escape(entity.Key) + "</c>.</para>");
        }
        else
        {
            lines.Add("<para>No mentions. Key: <c>" + DocText.Escape(entity.Key) + "</c>.</para>");
        }

        return lines.ToArray();
    }

    /// <summary>The full quoted text, its kind, its speaker and its place.</summary>
    public static string[] Quote(CorpusQuote quote, CorpusNames names)
    {
        var about = new StringBuilder("<para>");
        about.Append(quote.Kind == QuoteKind.Term ? "Term" : "Quotation");
        var speaker = names.Entity(quote.SpeakerKey);
        if (speaker is not null)
        {
            about.Append(" by ").Append(DocText.Escape(speaker.Name));
            if (quote.SpeakerText is not null && !string.Equals(quote.SpeakerText, speaker.Name, System.StringComparison.Ordinal))
            {
                about.Append(" (\u201C").Append(DocText.Escape(quote.SpeakerText, DocText.SentenceLength)).Append("\u201D)");
            }
        }
        else if (quote.SpeakerText is not null)
        {
            about.Append(", attributed to \u201C").Append(DocText.Escape(quote.SpeakerText, DocText.SentenceLength)).Append('\u201D');
        }

        about.Append(", at <c>").Append(DocText.Escape(names.Place(quote.Source))).Append("</c>. Key: <c>").Append(DocText.Escape(quote.Key)).Append("</c>.</para>");
        return new[] { "\u201C" + DocText.Escape(quote.Text) + "\u201D", about.ToString() };
    }

    /// <summary>The seed's path, size and hash.</summary>
    public static string[] Document(CorpusDocument document)
        => new[]
        {
            "Seed document <c>" + DocText.Escape(document.RelativePath) + "</c>: " + Count(document.Lines, "line") + ", " + Count(document.Words, "word") + ".",
            "<para>SHA-256 <c>" + DocText.Escape(document.Sha256) + "</c>.</para>",
        };

    /// <summary>The doc of a tombstone: what was removed and what to use instead.</summary>
    public static string[] Tombstone(CorpusTombstone tombstone, string? replacement)
        => new[]
        {
            "Removed from the seeds: \u201C" + DocText.Escape(tombstone.Name, DocText.SentenceLength) + "\u201D is recorded in seeds.lock.json but no seed holds it any more.",
            replacement is null
                ? "<para>Kept so code that uses it still compiles (CORPUS003). Stop using it, then run <c>dotnet corpus lock</c>.</para>"
                : "<para>Kept so code that uses it still compiles (CORPUS003). Use <c>" + DocText.Escape(replacement) + "</c> instead, then run <c>dotnet corpus lock</c>.</para>",
        };

    /// <summary>"1 mention", "3 mentions".</summary>
    public static string Count(int count, string noun) => CSharpText.Int(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
