namespace Corpus.Extraction;

/// <summary>What an entity is. The generated <c>EntityKind</c> enum mirrors these names and order.</summary>
public enum EntityKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A company, institution, agency, publication or other organisation.</summary>
    Organization,

    /// <summary>A country, region, city or other geographic or political place.</summary>
    Place,

    /// <summary>A product, model, app, chip or piece of software.</summary>
    Product,

    /// <summary>A named event: conference, summit, election, games.</summary>
    Event,

    /// <summary>A named group of entities, such as a nickname for several companies.</summary>
    Group,

    /// <summary>A name of another kind (a language, a nationality, a law).</summary>
    Other,
}

/// <summary>What a quotation is. The generated <c>QuoteKind</c> enum mirrors these names and order.</summary>
public enum QuoteKind
{
    /// <summary>Reported words: speech, writing, a statement or a prompt.</summary>
    Quotation,

    /// <summary>A short scare-quoted name or phrase used as a noun, such as “four tigers”.</summary>
    Term,
}

/// <summary>How serious a problem found in a seed is.</summary>
public enum ProblemSeverity
{
    /// <summary>Informational.</summary>
    Info,

    /// <summary>A warning: the build goes on.</summary>
    Warning,

    /// <summary>An error.</summary>
    Error,
}
