using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>Finds the named entities of one seed. (First slice: to be filled by the entity engine.)</summary>
internal static class EntityExtractor
{
    public static EntityInfo[] Extract(string text, Sentence[] sentences, LineMap map) => System.Array.Empty<EntityInfo>();
}
