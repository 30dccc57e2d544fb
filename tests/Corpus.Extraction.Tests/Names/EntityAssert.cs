using System.Linq;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Runs the entity engine on a snippet and looks entities up by name.</summary>
internal static class EntityAssert
{
    public static EntityInfo[] Extract(string text)
    {
        var map = new LineMap(text);
        var sentences = SentenceSplitter.Split(text);
        return EntityExtractor.Extract(text, sentences, map);
    }

    /// <summary>The entities a user would see: tentative ones left out.</summary>
    public static string[] KeptNames(string text) => Extract(text).Where(e => !e.Tentative).Select(e => e.Name).ToArray();

    public static EntityInfo Find(EntityInfo[] entities, string name)
    {
        var entity = entities.FirstOrDefault(e => e.Name == name);
        Assert.True(entity is not null, $"no entity '{name}' in [{string.Join(", ", entities.Select(e => e.Name + ":" + e.Kind))}]");
        return entity!;
    }

    public static EntityInfo Has(string text, string name, EntityKind kind)
    {
        var entity = Find(Extract(text), name);
        Assert.Equal(kind, entity.Kind);
        Assert.False(entity.Tentative, $"{name} is tentative");
        return entity;
    }

    public static void Lacks(string text, params string[] names)
    {
        var kept = KeptNames(text);
        foreach (var name in names)
        {
            Assert.DoesNotContain(name, kept);
        }
    }
}
