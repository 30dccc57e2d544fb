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

    // Pairs of (hash, index in _groups + 1); an index of 0 marks an empty slot.
    private readonly int[] _slots;
    private readonly int _mask;

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

        _slots = GroupingScratch.Table(size * 2);
        _mask = size - 1;
    }

    /// <summary>The hash of a name that <see cref="GetOrAdd"/> takes.</summary>
    public static int Hash(string name) => WordSet.HashExact(name, 0, name.Length);

    /// <summary>
    /// The group named <paramref name="name"/> (of <see cref="Hash"/> <paramref name="hash"/>), made and added to
    /// the list when there is none yet; <paramref name="index"/> is its place in the list.
    /// </summary>
    public EntityGroup GetOrAdd(string name, int hash, out int index)
    {
        var slot = hash & _mask;
        while ((index = _slots[2 * slot + 1] - 1) >= 0)
        {
            if (_slots[2 * slot] == hash && string.Equals(_groups[index].Name, name))
            {
                return _groups[index];
            }

            slot = (slot + 1) & _mask;
        }

        var group = _view.NewGroup(name, hash);
        _groups.Add(group);
        _slots[2 * slot] = hash;
        _slots[2 * slot + 1] = _groups.Count;
        index = _groups.Count - 1;
        return group;
    }
}
