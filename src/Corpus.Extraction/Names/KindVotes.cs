namespace Corpus.Extraction.Names;

/// <summary>
/// Summed evidence weights, one per <see cref="EntityKind"/>, kept inline: a seed yields thousands of name
/// candidates, and an <c>int[7]</c> for each was a second allocation per candidate.
/// </summary>
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
        totals._person += _person;
        totals._organization += _organization;
        totals._place += _place;
        totals._product += _product;
        totals._event += _event;
        totals._group += _group;
        totals._other += _other;
    }

    /// <summary>The sum of the seven weights.</summary>
    public readonly int Total => _person + _organization + _place + _product + _event + _group + _other;

    /// <summary>The largest of the seven weights, or 0 when none is positive.</summary>
    public readonly int Max
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            var max = System.Math.Max(0, _person);
            max = System.Math.Max(max, _organization);
            max = System.Math.Max(max, _place);
            max = System.Math.Max(max, _product);
            max = System.Math.Max(max, _event);
            max = System.Math.Max(max, _group);
            return System.Math.Max(max, _other);
        }
    }

    /// <summary>
    /// The kind numbered as in <see cref="EntityKind"/> with the largest positive weight, or -1 when none is
    /// positive; ties go to the kind listed first in EntityClassifier's order of preference (Place, Person,
    /// Organization, Product, Event, Other, Group). Written out, as every group's kind is decided from it and a
    /// loop over the kinds read each weight through the indexer's switch.
    /// </summary>
    public readonly int Strongest()
    {
        var best = _place > 0 ? 2 : -1;
        var weight = System.Math.Max(_place, 0);
        if (_person > weight)
        {
            best = 0;
            weight = _person;
        }

        if (_organization > weight)
        {
            best = 1;
            weight = _organization;
        }

        if (_product > weight)
        {
            best = 3;
            weight = _product;
        }

        if (_event > weight)
        {
            best = 4;
            weight = _event;
        }

        if (_other > weight)
        {
            best = 6;
            weight = _other;
        }

        return _group > weight ? 5 : best;
    }

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
