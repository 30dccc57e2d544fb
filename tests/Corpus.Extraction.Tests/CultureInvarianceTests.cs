using System;
using System.Globalization;
using System.IO;
using Corpus.Extraction;

namespace Corpus.Extraction.Tests;

/// <summary>
/// The engine must read a seed the same way on any machine: Turkish casing (I/ı, İ/i) is the classic trap for
/// code that lower-cases with the current culture.
/// </summary>
public sealed class CultureInvarianceTests
{
    [Fact]
    public void Turkish_and_English_cultures_extract_the_same_model()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "000_bf472475e3e9b8da.txt"))
            + "\nIstanbul-based IBM Türk hired Irmak Işık, said Inc. founder IVAN ILIC: \"It is big.\"";

        // Different paths, so the content cache cannot hand the second call the first call's result.
        var turkish = ExtractUnder("tr-TR", "tr/seed.txt", text);
        var english = ExtractUnder("en-US", "en/seed.txt", text);

        Assert.Equal(english.Entities, turkish.Entities);
        Assert.Equal(english.Quotes, turkish.Quotes);
        Assert.Equal(english.Problems, turkish.Problems);
        Assert.Equal(english.Sentences, turkish.Sentences);
        Assert.Contains(english.Entities, e => e.Name == "Robin Li");
        Assert.True(english.Entities.Count > 10);
    }

    private static DocumentModel ExtractUnder(string culture, string path, string text)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return DocumentExtractor.Extract(path, text);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
