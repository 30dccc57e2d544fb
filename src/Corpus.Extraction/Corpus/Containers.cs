namespace Corpus.Extraction.Corpus;

/// <summary>The names of the nested classes under the generated Seeds class.</summary>
public static class Containers
{
    /// <summary>Quotations.</summary>
    public const string Quotes = "Quotes";

    /// <summary>Documents.</summary>
    public const string Documents = "Documents";

    /// <summary>The nested class that holds entities of <paramref name="kind"/>.</summary>
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        EntityKind.Place => "Places",
        EntityKind.Product => "Products",
        EntityKind.Event => "Events",
        EntityKind.Group => "Groups",
        _ => "Others",
    };
}
