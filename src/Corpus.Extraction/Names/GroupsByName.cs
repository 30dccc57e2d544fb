using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The groups being made, by name: an open-addressed table of integers sized to the candidates, in place of a
/// dictionary whose string comparer is called through an interface on every probe. Names are compared in full only
/// when their hashes (<see cref="WordSet.HashExact"/>, of every character: a hash of a few would let a seed of
/// names alike in those put them all in one probe chain) agree.
/// </summary>
internal sealed class GroupsByName
{
    private readonly List<EntityGroup> _groups;
    private readonly TokenView _view;

    // Pairs of (hash, index in _groups + _first); a value below _first marks an empty slot (the table is the thread's,
    // not cleared between seeds: see GroupingScratch.GroupTable).
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly int _first;

    /// <summary>
    /// A table for up to <paramref name="capacity"/> names, whose groups are made by <paramref name="view"/> (from the
    /// thread's scratch) and added to <paramref name="groups"/> as they are made.
    /// </summary>
    public GroupsByName(int capacity, List<EntityGroup> groups, TokenView view)
    {
        _groups = groups;
        _view = view;
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = GroupingScratch.GroupTable(size * 2, capacity, out var mark);
        _first = mark + 1;
        _mask = size - 1;
    }

    /// <summary>The hash of a name that <see cref="File"/> takes.</summary>
    public static int Hash(string name) => WordSet.HashExact(name, 0, name.Length);

    /// <summary>
    /// Files candidate <paramref name="c"/> under <paramref name="name"/> (of <see cref="Hash"/> <paramref name="hash"/>):
    /// its group, made and added to the list when there is none yet, counts it (see <see cref="EntityGroup.Count"/>,
    /// with <paramref name="asNamed"/> and <paramref name="token"/>); <paramref name="index"/> is the group's place in
    /// the list. Whether the group is new is told once, here: a group made counts its first occurrence as it is made.
    /// </summary>
    public EntityGroup File(NameCandidate c, string name, int hash, bool asNamed, int token, out int index)
    {
        var slot = Find(name, hash, out index, out var found);
        if (found is not null)
        {
            found.CountLater(c, asNamed, token);
            return found;
        }

        var group = Add(name, hash, slot, out index);
        group.CountFirst(c, asNamed, token);
        return group;
    }

    // The slot of the name's group, with the group and its place in the list, or the empty slot it would take (no
    // group, index -1).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Find(string name, int hash, out int index, out EntityGroup? found)
    {
        var slot = hash & _mask;
        while ((index = Slot((2 * slot) + 1) - _first) >= 0)
        {
            if (Slot(2 * slot) == hash)
            {
                var group = _groups[index];
                if (string.Equals(group.Name, name))
                {
                    found = group;
                    return slot;
                }
            }

            slot = (slot + 1) & _mask;
        }

        found = null;
        return slot;
    }

    // Entry i of the table, unchecked in the net8.0 build: a slot is at most the mask, so its pair is below twice the
    // table's size, which the array holds (GroupTable); the checks were a third of a probe's steps.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref int Slot(int i)
    {
#if NET
        return ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_slots), (nint)(uint)i);
#else
        return ref _slots[i];
#endif
    }

    // A group made for the name, in the empty slot found for it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private EntityGroup Add(string name, int hash, int slot, out int index)
    {
        // The place is told before the add, from the count read once: after it the list's count was read again, and
        // the place written out and read back through the caller's reference.
        var group = _view.NewGroup(name, hash);
        var place = _groups.Count;
        _groups.Add(group);
        Slot(2 * slot) = hash;
        Slot((2 * slot) + 1) = place + _first;
        index = place;
        return group;
    }
}
