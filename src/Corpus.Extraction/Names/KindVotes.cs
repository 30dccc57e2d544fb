namespace Corpus.Extraction.Names;

/// <summary>
/// Summed evidence weights, one per <see cref="EntityKind"/>, kept inline: a seed yields thousands of name
/// candidates, and an <c>int[7]</c> for each was a second allocation per candidate.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)] // AddTo reads the seven in order
internal struct KindVotes
{
    private int _person;
    private int _organization;
    private int _place;
    private int _product;
    private int _event;
    private int _group;
    private int _other;

    /// <summary>Adds the seven weights to <paramref name="totals"/> without a switch per kind.</summary>
    /// <remarks>Inlined: grouping adds every candidate's weights to its group's, and the call cost a third of the adding.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public readonly void AddTo(ref KindVotes totals)
    {
#if NET
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            // The seven weights as two vectors of four, the second from the fourth on, the fourth of which is taken out
            // of it: two additions where seven took three steps each. The second is written first, so that the first,
            // which holds the fourth's sum, writes it last.
            ref var from = ref System.Runtime.CompilerServices.Unsafe.As<KindVotes, byte>(ref System.Runtime.CompilerServices.Unsafe.AsRef(in this));
            ref var to = ref System.Runtime.CompilerServices.Unsafe.As<KindVotes, byte>(ref totals);
            var low = ReadFour(ref to, 0) + ReadFour(ref from, 0);
            var high = ReadFour(ref to, 12) + (ReadFour(ref from, 12) & System.Runtime.Intrinsics.Vector128.Create(0, -1, -1, -1));
            System.Runtime.CompilerServices.Unsafe.WriteUnaligned(ref System.Runtime.CompilerServices.Unsafe.Add(ref to, 12), high);
            System.Runtime.CompilerServices.Unsafe.WriteUnaligned(ref to, low);
            return;
        }
#endif

        totals._person += _person;
        totals._organization += _organization;
        totals._place += _place;
        totals._product += _product;
        totals._event += _event;
        totals._group += _group;
        totals._other += _other;
    }

    /// <summary>Whether no weight is above <paramref name="limit"/>, told with no branch (the weights fall at random).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public readonly bool NoneAbove(int limit)
    {
#if NET
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            // The seven weights as two vectors of four (the second from the fourth on), as AddTo reads them, compared at once.
            ref var votes = ref System.Runtime.CompilerServices.Unsafe.As<KindVotes, byte>(ref System.Runtime.CompilerServices.Unsafe.AsRef(in this));
            var bound = System.Runtime.Intrinsics.Vector128.Create(limit);
            return (System.Runtime.Intrinsics.Vector128.GreaterThan(ReadFour(ref votes, 0), bound)
                | System.Runtime.Intrinsics.Vector128.GreaterThan(ReadFour(ref votes, 12), bound)) == System.Runtime.Intrinsics.Vector128<int>.Zero;
        }
#endif

        return !((_person > limit) | (_organization > limit) | (_place > limit) | (_product > limit) | (_event > limit)
            | (_group > limit) | (_other > limit));
    }

#if NET
    // Four weights from the byte offset given (0 or 12: the struct is the seven integers in order, 28 bytes).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static System.Runtime.Intrinsics.Vector128<int> ReadFour(ref byte votes, int offset) =>
        System.Runtime.CompilerServices.Unsafe.ReadUnaligned<System.Runtime.Intrinsics.Vector128<int>>(ref System.Runtime.CompilerServices.Unsafe.Add(ref votes, offset));
#endif

    /// <summary>The sum of the seven weights.</summary>
    public readonly int Total => _person + _organization + _place + _product + _event + _group + _other;

    /// <summary>The largest of the seven weights, or 0 when none is positive.</summary>
    public readonly int Max
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            var max = Larger(0, _person);
            max = Larger(max, _organization);
            max = Larger(max, _place);
            max = Larger(max, _product);
            max = Larger(max, _event);
            max = Larger(max, _group);
            return Larger(max, _other);
        }
    }

    // The kinds numbered as in EntityKind, four bits each, at four times their rank in Strongest's keys: Group (rank 0,
    // preferred last), Other, Event, Product, Organization, Person, Place (rank 6, preferred first).
    private const int KindsByRank = (5 << 0) | (6 << 4) | (4 << 8) | (3 << 12) | (1 << 16) | (0 << 20) | (2 << 24);

    /// <summary>
    /// The kind numbered as in <see cref="EntityKind"/> with the largest positive weight, or -1 when none is
    /// positive; ties go to the kind listed first in EntityClassifier's order of preference (Place, Person,
    /// Organization, Product, Event, Other, Group). Every group's kind is decided from it, and its weights fall at
    /// random: each weight is made a key with the kind's rank in its low three bits, so that the largest key is the
    /// kind sought, ties and all, and the keys are compared with no branch (a compare and a conditional move each,
    /// where a branch per kind was mispredicted at a group in three).
    /// </summary>
    /// <remarks>Inlined: its one caller, EntityClassifier.Decide, then tests the key itself for no positive weight.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public readonly int Strongest()
    {
        // A weight is a sum of a few votes, far from 2^28, so the key keeps its sign and order.
        var key = Larger((_place * 8) + 6, (_person * 8) + 5);
        key = Larger(key, (_organization * 8) + 4);
        key = Larger(key, (_product * 8) + 3);
        key = Larger(key, (_event * 8) + 2);
        key = Larger(key, (_other * 8) + 1);
        key = Larger(key, _group * 8);
        var kind = (KindsByRank >> ((key & 7) * 4)) & 15;
        return key < 8 ? -1 : kind; // no positive weight
    }

    // Written as a choice of one value, which the compiler makes a conditional move (Math.Max became a branch).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Larger(int a, int b) => a > b ? a : b;

    /// <summary>The weight for the kind numbered <paramref name="kind"/> (0 to 6).</summary>
    public int this[int kind]
    {
        // Inlined, as is the setter: the callers name the kind, and the switch then folds away.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        readonly get => kind switch
        {
            0 => _person,
            1 => _organization,
            2 => _place,
            3 => _product,
            4 => _event,
            5 => _group,
            6 => _other,
            _ => throw new System.IndexOutOfRangeException(),
        };
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        set
        {
            switch (kind)
            {
                case 0: _person = value; break;
                case 1: _organization = value; break;
                case 2: _place = value; break;
                case 3: _product = value; break;
                case 4: _event = value; break;
                case 5: _group = value; break;
                case 6: _other = value; break;
                default: throw new System.IndexOutOfRangeException();
            }
        }
    }
}
