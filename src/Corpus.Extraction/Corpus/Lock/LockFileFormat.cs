namespace Corpus.Extraction.Corpus.Lock;

/// <summary>The names seeds.lock.json uses, shared by its reader and writer.</summary>
public static class LockFileFormat
{
    /// <summary>The file name the generator, the analyzers, the code fix and the CLI look for.</summary>
    public const string FileName = "seeds.lock.json";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    internal const string VersionField = "version";
    internal const string MembersField = "members";
    internal const string KeyField = "key";
    internal const string ContainerField = "container";
    internal const string MemberField = "member";
    internal const string NameField = "name";
    internal const string KindField = "kind";
    internal const string HashField = "hash";
}
