using Corpus.Generators.Models;

namespace Corpus.Generators.Emit;

/// <summary>
/// Writes the types every corpus uses, once: the kind enums, the records SeedDocument, Mention, Entity and
/// Quote, and the marker attributes the analyzers look for. The records declare their properties and
/// constructors by hand (no init accessors), so a netstandard2.0 project needs no IsExternalInit polyfill.
/// </summary>
internal static class SupportTypesEmitter
{
    public const string HintName = "Corpus.Types.g.cs";

    public static GeneratedFile Emit(GeneratorOptions options)
    {
        var a = options.Accessibility;
        var list = "global::System.Collections.Generic.IReadOnlyList";
        var w = new SourceWriter().FileHeader();
        w.Open("namespace " + options.Namespace);

        w.Summary("What a corpus entity is.");
        w.Open(a + " enum EntityKind");
        Member(w, "A named person.", "Person,");
        Member(w, "A company, institution, agency, publication or other organisation.", "Organization,");
        Member(w, "A country, region, city or other geographic or political place.", "Place,");
        Member(w, "A product, model, app, chip or piece of software.", "Product,");
        Member(w, "A named event: conference, summit, election, games.", "Event,");
        Member(w, "A named group of entities, such as a nickname for several companies.", "Group,");
        Member(w, "A name of another kind (a language, a nationality, a law).", "Other,", last: true);
        w.Close().Line();

        w.Summary("What a corpus quotation is.");
        w.Open(a + " enum QuoteKind");
        Member(w, "Reported words: speech, writing, a statement or a prompt.", "Quotation,");
        Member(w, "A short scare-quoted name or phrase used as a noun, such as \u201Cfour tigers\u201D.", "Term,", last: true);
        w.Close().Line();

        Record(
            w,
            a,
            "SeedDocument",
            "A seed document of the corpus.",
            "Path",
            new[]
            {
                ("string", "Id", "The document's member name under Documents."),
                ("string", "FileName", "The file name."),
                ("string", "Path", "The path relative to the project, with forward slashes."),
                ("string", "Sha256", "Lower-case hex SHA-256 of the text."),
                ("int", "Lines", "Number of lines."),
                ("int", "Words", "Number of words."),
            });

        Record(
            w,
            a,
            "Mention",
            "One occurrence of a name or quotation in a seed.",
            "Document.Path + \":\" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \":\" + Column.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            new[]
            {
                ("global::" + options.Namespace + ".SeedDocument", "Document", "The seed."),
                ("int", "Line", "The 1-based line."),
                ("int", "Column", "The 1-based column, in UTF-16 code units."),
                ("int", "Length", "The length, in UTF-16 code units."),
                ("string", "Sentence", "The sentence the occurrence stands in."),
            });

        Record(
            w,
            a,
            "Entity",
            "A person, organisation, place, product, event or group the seeds name, merged across every seed.",
            "Name",
            new[]
            {
                ("string", "Key", "The stable key, such as \u201Crobin-li\u201D."),
                ("string", "Name", "The canonical name."),
                ("global::" + options.Namespace + ".EntityKind", "Kind", "What the entity is."),
                ("string?", "Role", "The role or title the seeds give, such as \u201Cfounder\u201D, or null."),
                ("string?", "Description", "A descriptor the seeds give, such as \u201Cinvestment bank\u201D, or null."),
                ("global::" + options.Namespace + ".Entity?", "Affiliation", "The entity this one belongs to, or null."),
                (list + "<string>", "Aliases", "Other names for the entity."),
                (list + "<global::" + options.Namespace + ".Mention>", "Mentions", "Every occurrence, by seed, then position."),
            });

        Record(
            w,
            a,
            "Quote",
            "A quotation in a seed, with its speaker when the seed names one.",
            "Text",
            new[]
            {
                ("string", "Key", "The stable key, from the opening words."),
                ("string", "Text", "The quoted words, without the marks."),
                ("global::" + options.Namespace + ".QuoteKind", "Kind", "Quotation or term."),
                ("global::" + options.Namespace + ".Entity?", "Speaker", "The entity that said it, or null."),
                ("string?", "SpeakerText", "The speaker phrase as written, or null."),
                ("global::" + options.Namespace + ".Mention", "Source", "Where the quotation stands, from its opening mark."),
            });

        w.Summary(
            "Marks a string parameter, property or field whose value names a corpus entity or quotation.",
            "<para>The corpus analyzers check constant values given to it against the seeds (CORPUS001).</para>");
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Property | global::System.AttributeTargets.Field, AllowMultiple = false, Inherited = true)]");
        w.Open(a + " sealed class CorpusKeyAttribute : global::System.Attribute");
        w.Close().Line();

        PinAttribute(w, a, "SeedQuoteAttribute", "text", "Text", "Pins code to the exact text of a quotation in the seeds; the analyzers report CORPUS003 when no seed holds it any more.", "The quotation's text.");
        PinAttribute(w, a, "SeedEntityAttribute", "name", "Name", "Pins code to an entity the seeds name; the analyzers report CORPUS003 when no seed names it any more.", "The entity's name.");

        w.Close();
        return new GeneratedFile(HintName, w.ToString());
    }

    private static void Member(SourceWriter w, string doc, string line, bool last = false)
    {
        w.Summary(doc).Line(line);
        if (!last)
        {
            w.Line();
        }
    }

    private static void Record(SourceWriter w, string accessibility, string name, string doc, string toString, (string Type, string Name, string Doc)[] properties)
    {
        w.Summary(doc);
        w.Open(accessibility + " sealed record " + name);
        w.Summary("Creates the value; generated code builds these, user code rarely needs to.");
        foreach (var property in properties)
        {
            w.Line("/// <param name=\"" + Camel(property.Name) + "\">" + property.Doc + "</param>");
        }

        var parameters = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            parameters[i] = properties[i].Type + " " + Camel(properties[i].Name);
        }

        w.Open("public " + name + "(" + string.Join(", ", parameters) + ")");
        foreach (var property in properties)
        {
            w.Line("this." + property.Name + " = " + Camel(property.Name) + ";");
        }

        w.Close();
        foreach (var property in properties)
        {
            w.Line();
            w.Summary(property.Doc);
            w.Line("public " + property.Type + " " + property.Name + " { get; }");
        }

        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override string ToString() => " + toString + ";");
        w.Close().Line();
    }

    private static void PinAttribute(SourceWriter w, string accessibility, string name, string parameter, string property, string doc, string parameterDoc)
    {
        w.Summary(doc);
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]");
        w.Open(accessibility + " sealed class " + name + " : global::System.Attribute");
        w.Summary("Pins the given seed content.");
        w.Line("/// <param name=\"" + parameter + "\">" + parameterDoc + "</param>");
        w.Open("public " + name + "(string " + parameter + ")");
        w.Line("this." + property + " = " + parameter + ";");
        w.Close().Line();
        w.Summary(parameterDoc);
        w.Line("public string " + property + " { get; }");
        w.Close().Line();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
