// CorpusExplorer: what Corpus.Generators makes of the seeds, read through the generated API only.
// Every name below is a C# member, checked by the compiler: if an edit to the seeds removes Robin Li, this
// file still builds, with a CORPUS003 warning at the use (once seeds.lock.json records him).
using Corpus;

var robin = Seeds.People.RobinLi;
Console.WriteLine("Robin Li, through Seeds.People.RobinLi");
Console.WriteLine($"  {robin.Name}: {robin.Kind}, {robin.Role ?? "no role"} at {robin.Affiliation?.Name ?? "no affiliation"}, "
    + $"{Plural(robin.Mentions.Count, "mention")}, first at {Where(robin.Mentions[0])}");
Console.WriteLine($"  “{robin.Mentions[0].Sentence}”");

var llm = Seeds.Quotes.LlmPerformanceImprovesWithScale;
Console.WriteLine();
Console.WriteLine("The scaling quote, through Seeds.Quotes.LlmPerformanceImprovesWithScale");
Console.WriteLine($"  “{llm.Text}”");
Console.WriteLine($"  said by {llm.Speaker?.Name ?? llm.SpeakerText ?? "nobody named"} ({llm.Speaker?.Kind.ToString() ?? "no entity"}), {Where(llm.Source)}");

Section("People", EntityKind.Person, person =>
    person.Role is null ? string.Empty : $", {person.Role}{(person.Affiliation is null ? string.Empty : " at " + person.Affiliation.Name)}");
Section("Organizations", EntityKind.Organization, organization =>
    organization.Aliases.Count == 0 ? string.Empty : $", also {string.Join(", ", organization.Aliases)}");
Section("Places", EntityKind.Place, _ => string.Empty);
Section("Products", EntityKind.Product, product =>
    product.Affiliation is null ? string.Empty : $", by {product.Affiliation.Name}");
Section("Events", EntityKind.Event, @event =>
    @event.Aliases.Count == 0 ? string.Empty : $", also {string.Join(", ", @event.Aliases)}");

Console.WriteLine();
Console.WriteLine($"Quotations ({Seeds.AllQuotes.Count})");
foreach (var quote in Seeds.AllQuotes)
{
    var speaker = quote.Speaker?.Name ?? (quote.SpeakerText is null ? "unattributed" : quote.SpeakerText + " (not an entity)");
    Console.WriteLine($"  {quote.Kind,-9} {Where(quote.Source)}  {speaker}: “{Shorten(quote.Text, 90)}”");
}

Console.WriteLine();
Console.WriteLine($"{Plural(Seeds.AllEntities.Count, "entity", "entities")} and {Plural(Seeds.AllQuotes.Count, "quotation")} "
    + $"from {Plural(Seeds.AllEntities.SelectMany(e => e.Mentions).Select(m => m.Document).Distinct().Count(), "seed")}.");

static void Section(string title, EntityKind kind, Func<Entity, string> details)
{
    var entities = Seeds.AllEntities.Where(e => e.Kind == kind).ToList();
    Console.WriteLine();
    Console.WriteLine($"{title} ({entities.Count})");
    foreach (var entity in entities)
    {
        var first = entity.Mentions.Count == 0 ? "not in the seeds" : "first at " + Where(entity.Mentions[0]);
        Console.WriteLine($"  {entity.Name}{details(entity)}  [{Plural(entity.Mentions.Count, "mention")}, {first}]");
    }
}

static string Where(Mention mention) => $"{mention.Document.FileName}:{mention.Line}";

static string Plural(int count, string singular, string? plural = null)
    => $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

static string Shorten(string text, int limit)
    => text.Length <= limit ? text : text[..(limit - 1)] + "…";
