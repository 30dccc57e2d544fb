using System.Linq;
using System.Xml.Linq;
using Corpus.Generators.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generators.Tests.Emit;

public sealed class EscapingTests
{
    public static TheoryData<string> Hostile => new()
    {
        "plain",
        "\"; System.Environment.Exit(1); var x = \"",
        "back\\slash\\",
        "line\nbreak\r\nand\rreturn",
        "separators \u2028 \u2029 \u0085 next",
        "nul \0 bell \u0007 del \u007F",
        "bidi \u202Eevil\u202C \u2066iso\u2069",
        "lone \uD800 surrogate \uDC00",
        "pair \uD83D\uDE00 emoji",
        "*/ /* // #error {0} }}",
        "</summary> <para> & &amp; ]]>",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_string_literal_reads_back_as_exactly_the_text(string text)
    {
        var literal = CSharpText.String(text);

        var expression = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));
        Assert.False(expression.ContainsDiagnostics);
        Assert.Equal(literal.Length, expression.FullSpan.Length);
        Assert.Equal(text, expression.Token.ValueText);
        Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\0' or '\u202E');
    }

    [Fact]
    public void Null_is_the_null_literal()
        => Assert.Equal("null", CSharpText.String(null));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Doc_text_stays_on_one_line_and_is_well_formed_xml(string text)
    {
        var doc = DocText.Escape(text);

        Assert.DoesNotContain(doc, c => c < ' ' || c is '\u2028' or '\u2029' or '\u0085' or '\u007F' or '\u202E' or '<' or '>');
        Assert.Equal("x" + DocText.Flatten(text, DocText.QuoteLength), XElement.Parse("<summary>x" + doc + "</summary>").Value);
        var tree = CSharpSyntaxTree.ParseText("/// <summary>" + doc + "</summary>\nclass C { }", Generator.GeneratorHarness.ParseOptions);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal("C", Assert.Single(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()).Identifier.Text);
    }

    [Fact]
    public void Doc_text_escapes_markup_and_folds_white_space()
        => Assert.Equal("a &lt;b&gt; &amp; c d", DocText.Escape("a <b> &\n\n c\u2028d"));

    [Fact]
    public void Long_doc_text_is_cut_with_an_ellipsis()
    {
        var doc = DocText.Escape(new string('w', 500), 300);

        Assert.Equal(301, doc.Length);
        Assert.EndsWith("\u2026", doc);
    }

    [Fact]
    public void Hint_names_are_unique_ignoring_case_and_use_safe_characters()
    {
        var documents = new[] { "seeds/A b.txt", "seeds/a_b.txt", "seeds/a-b.txt", "seeds/Ä.txt", "seeds/_.txt" }
            .Select(p => new global::Corpus.Extraction.Corpus.CorpusDocument("M", p, p, "", 0, 0, global::Corpus.Extraction.EquatableArray<string>.Empty))
            .ToArray();

        var hints = HintNames.ForDocuments(documents);

        Assert.Equal(new[] { "Corpus.Seed.seeds_A_b.txt.g.cs", "Corpus.Seed.seeds_a_b.txt-2.g.cs", "Corpus.Seed.seeds_a-b.txt.g.cs", "Corpus.Seed.seeds__.txt-2.g.cs", "Corpus.Seed.seeds__.txt.g.cs" }, hints);
    }
}
