using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Integer arrays that grouping uses only while it runs (the groups' name table, each candidate's group, each
/// group's next place), kept per thread and reused by the next seed instead of allocated for every one: at a few
/// bytes per candidate they were a third of what grouping allocated. Each is handed out to one user at a time on
/// its thread, and none escapes into a group or the model. An array that grew for a very large seed is let go.
/// </summary>
internal static class GroupingScratch
{
    private const int MaxRetained = 1 << 17;

    [System.ThreadStatic]
    private static int[]? _table;

    [System.ThreadStatic]
    private static int[]? _bits;

    [System.ThreadStatic]
    private static int[]? _groupTable;

    // The first mark not yet handed out with _groupTable: every entry written in it so far is below.
    [System.ThreadStatic]
    private static int _groupTableMark;

    [System.ThreadStatic]
    private static int[]? _byCandidate;

    [System.ThreadStatic]
    private static int[]? _byGroup;

    [System.ThreadStatic]
    private static int[]? _starts;

    [System.ThreadStatic]
    private static int[]? _emptied;

    /// <summary>An array of at least <paramref name="length"/> zeros, for coreference's <see cref="NameFilter"/> of the groups' names.</summary>
    public static int[] Table(int length)
    {
        var table = _table;
        if (table is null || table.Length < length)
        {
            return Keep(ref _table, new int[length]);
        }

        System.Array.Clear(table, 0, length);
        return table;
    }

    /// <summary>
    /// An array of at least <paramref name="length"/> integers for <see cref="GroupsByName"/>'s table, not cleared: the
    /// table writes each entry as <paramref name="mark"/> plus at most <paramref name="entries"/>, and every value in the
    /// array at or below the mark is a past seed's (or a zero), an empty slot. Clearing the table for every seed was
    /// half a megabyte of writes a run (four integers for each candidate); now it is cleared only when the marks run
    /// out, or made anew.
    /// </summary>
    public static int[] GroupTable(int length, int entries, out int mark)
    {
        var table = _groupTable;
        if (table is null || table.Length < length)
        {
            table = new int[length];
            mark = 0;
            if (length <= MaxRetained)
            {
                _groupTable = table;
                _groupTableMark = entries;
            }

            return table;
        }

        mark = _groupTableMark;
        if (mark > int.MaxValue - entries)
        {
            System.Array.Clear(table, 0, table.Length);
            mark = 0;
        }

        _groupTableMark = mark + entries;
        return table;
    }

    /// <summary>An array of at least <paramref name="length"/> zeros, for a second <see cref="NameFilter"/> beside the one in <see cref="Table"/>.</summary>
    public static int[] Bits(int length)
    {
        var bits = _bits;
        if (bits is null || bits.Length < length)
        {
            return Keep(ref _bits, new int[length]);
        }

        System.Array.Clear(bits, 0, length);
        return bits;
    }

    /// <summary>An array of at least <paramref name="length"/> integers (not cleared), one per candidate.</summary>
    public static int[] ByCandidate(int length) => SpareArrays.Take(ref _byCandidate, length, MaxRetained);

    /// <summary>An array of at least <paramref name="length"/> integers (not cleared), one per group.</summary>
    public static int[] ByGroup(int length) => SpareArrays.Take(ref _byGroup, length, MaxRetained);

    /// <summary>
    /// An array of at least <paramref name="length"/> integers (not cleared), one per group: where each group's first
    /// occurrence starts, noted by the drop rule and read by the build, which sorts the groups by it.
    /// </summary>
    public static int[] Starts(int length) => SpareArrays.Take(ref _starts, length, MaxRetained);

    /// <summary>An array of at least <paramref name="length"/> integers (not cleared), one per group: the places of the groups left empty.</summary>
    public static int[] Emptied(int length) => SpareArrays.Take(ref _emptied, length, MaxRetained);

    private static int[] Keep(ref int[]? kept, int[] array)
    {
        if (array.Length <= MaxRetained)
        {
            kept = array;
        }

        return array;
    }
}
