using System.Collections.Generic;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Models;

namespace Corpus.Generators.Emit;

/// <summary>
/// Writes one file per seed: its member under <c>Seeds.Documents</c>, its quotations under <c>Seeds.Quotes</c>,
/// and a holder class with the sentences that mentions and quotes point at. The holder is a static class with
/// field initialisers only, so the runtime builds a seed's values the first time one of them is used.
/// </summary>
internal static class DocumentEmitter
{
    public static string Emit(CorpusNames names, int document, IReadOnlyList<int> quotes)
    {
        var corpus = names.Corpus;
        var seed = corpus.Documents[document];
        var holder = CorpusNames.Holder(seed);
        var w = new SourceWriter().FileHeader();
        w.Open("namespace " + names.Options.Namespace);
        w.Open(names.Options.Accessibility + " static partial class " + names.Options.ClassName);

        w.Open("public static partial class " + Containers.Documents);
        w.Summary(DocComments.Document(seed));
        w.Line("public static " + names.Type("SeedDocument") + " " + seed.MemberName + " => " + holder + ".Document;");
        w.Close();

        if (quotes.Count > 0)
        {
            w.Line();
            w.Open("public static partial class " + Containers.Quotes);
            for (var k = 0; k < quotes.Count; k++)
            {
                var quote = corpus.Quotes[quotes[k]];
                if (k > 0)
                {
                    w.Line();
                }

                w.Summary(DocComments.Quote(quote, names));
                w.Line("public static " + names.Type("Quote") + " " + quote.MemberName + " => " + holder + ".Quote(" + CSharpText.Int(k) + ");");
            }

            w.Close();
        }

        w.Line();
        WriteHolder(w, names, seed, holder, quotes);
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void WriteHolder(SourceWriter w, CorpusNames names, CorpusDocument seed, string holder, IReadOnlyList<int> quotes)
    {
        var corpus = names.Corpus;
        var quoteType = names.Type("Quote");
        w.Open("private static class " + holder);
        w.Line("internal static readonly " + names.Type("SeedDocument") + " Document = new " + names.Type("SeedDocument") + "("
            + CSharpText.String(seed.MemberName.TrimStart('@')) + ", "
            + CSharpText.String(seed.FileName) + ", "
            + CSharpText.String(seed.RelativePath) + ", "
            + CSharpText.String(seed.Sha256) + ", "
            + CSharpText.Int(seed.Lines) + ", "
            + CSharpText.Int(seed.Words) + ");");
        w.Line();
        w.Open("internal static readonly string[] Sentences = new string[]");
        foreach (var sentence in seed.Sentences)
        {
            w.Line(CSharpText.String(sentence) + ",");
        }

        w.Close(";");
        w.Line();
        w.Line("private static readonly " + quoteType + "?[] s_quotes = new " + quoteType + "?[" + CSharpText.Int(quotes.Count) + "];");
        w.Line();
        w.Line("internal static " + quoteType + " Quote(int index) => " + IndexEmitter.Runtime + ".Once(s_quotes, index, Create);");
        w.Line();
        w.Open("private static " + quoteType + " Create(int index)");
        w.Open("switch (index)");
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = corpus.Quotes[quotes[k]];
            var speaker = names.Entity(quote.SpeakerKey);
            var source = quote.Source;
            w.Line("case " + CSharpText.Int(k) + ":");
            w.Line("    return new " + quoteType + "("
                + CSharpText.String(quote.Key) + ", "
                + CSharpText.String(quote.Text) + ", "
                + names.Kind(quote.Kind) + ", "
                + (speaker is null ? "null" : names.EntityMember(speaker)) + ", "
                + CSharpText.String(quote.SpeakerText) + ", "
                + "new " + names.Type("Mention") + "(Document, "
                + CSharpText.Int(source.Span.Line) + ", "
                + CSharpText.Int(source.Span.Column) + ", "
                + CSharpText.Int(source.Span.Length) + ", "
                + (source.Sentence >= 0 && source.Sentence < seed.Sentences.Count ? "Sentences[" + CSharpText.Int(source.Sentence) + "]" : "\"\"")
                + "));");
        }

        w.Line("default:");
        w.Line("    throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
        w.Close();
    }
}
