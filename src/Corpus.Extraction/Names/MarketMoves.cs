using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A market report's price moves: "Aitken Spence lost 0.50 to 67.50", "Hayleys eased 1.00 rupee to 96.00",
/// "Ashdown rose 31 pence to 548p", "Kredyt Rolny rose 3.3 percent to 41.20". What moves by an amount to a price is a
/// listed company, whatever its name looks like; people climb places to an ordinal ("rose three places to sixth") and
/// indices move in points, so neither is read.
/// </summary>
internal static class MarketMoves
{
    // A share's move outweighs the shape of a name that looks like a person's ("Aitken Spence").
    private const int MoveWeight = 3;

    // A move in percent alone is also an index's, which a list or "index" after the name settles more strongly.
    private const int PercentMoveWeight = 2;

    private static readonly WordSet MoveVerbs = new(new[]
    {
        "rose", "fell", "eased", "gained", "lost", "added", "shed", "dropped", "climbed", "slipped", "firmed", "jumped", "slid",
        "tumbled", "advanced", "declined", "dipped", "edged", "rallied", "surged", "plunged", "softened", "weakened", "improved",
        "rises", "falls", "eases", "gains", "loses", "adds", "sheds", "drops", "climbs", "slips", "firms", "jumps",
    }, false);

    // The words of an amount between the number and "to": a currency's small unit, or a country's.
    private static readonly WordSet PriceUnits = new(new[]
    {
        "pence", "penny", "p", "cents", "cent", "rupee", "rupees", "yen", "won", "baht", "pesos", "peso", "rand", "euro", "euros",
        "francs", "franc", "marks", "mark", "kronor", "krona", "kroner", "krone", "markka", "markkaa", "lire", "lira", "ringgit", "rupiah",
        "dollar", "dollars", "riyals", "shekels", "pfennigs", "centavos", "sen", "fils", "kopecks", "forints", "zlotys", "korunas",
        "crowns", "crown",
    }, false);

    // What follows a level that is no share's price: an index's points, a rate, or a total ("sales rose 3.1 percent to
    // 1.92 billion marks").
    private static readonly WordSet NotPrices = new(new[] { "points", "point", "percent", "pct", "billion", "million", "trillion", "bln", "mln" }, false);

    public static void Apply(TokenView view, List<NameCandidate> candidates, CandidateReading reading)
    {
        // A name followed by a lower-case word and a number is rare outside a market report: such names are found for
        // all names first, by tests with no branch on the tokens (CandidateReading), and only they are read.
        var market = reading.Market;
        var count = reading.MarketCount;
        for (var r = 0; r < count; r++)
        {
            var c = candidates[market[r]];
            var verb = c.LastToken + 1;
            if (!view.In(MoveVerbs, verb))
            {
                continue;
            }

            if (MovesToAPrice(view, verb + 1))
            {
                c.Vote(EntityKind.Organization, MoveWeight);
            }
            else if (IsPercent(view, verb + 2) && IsFigure(view, verb + 1) && !RoleFinder.IsOrdinaryOpening(view, c))
            {
                c.Vote(EntityKind.Organization, PercentMoveWeight); // "Yapı Kredi eased 2.5 percent": a share, or an index
            }
        }
    }

    // From the amount at k: a number, a unit or two, "to" and a price, where the amount or the price is written as
    // money is (a decimal point, or pence after the figure).
    private static bool MovesToAPrice(TokenView view, int k)
    {
        if (!IsFigure(view, k))
        {
            return false;
        }

        var decimals = HasDecimalPoint(view, k);
        var to = k + 1;
        if (IsPercent(view, to))
        {
            // "rose 4.1 percent to 127.50 zlotys": a share's price has decimals and is no index's level in points.
            return view.IsLowerWord(to + 1) && view.TextIs(to + 1, "to") && IsFigure(view, to + 2)
                && (HasDecimalPoint(view, to + 2) || (view.IsLowerWord(to + 3) && view.In(PriceUnits, to + 3))) // "to 39 crowns"
                && !(view.IsLowerWord(to + 3) && view.In(NotPrices, to + 3));
        }

        while (to < view.Count && to - k <= 2 && view.IsLowerWord(to) && view.In(PriceUnits, to))
        {
            decimals = true;
            to++;
        }

        if (!view.IsLowerWord(to) || !view.TextIs(to, "to") || !IsFigure(view, to + 1) && !IsPence(view, to + 1))
        {
            return false;
        }

        return decimals || HasDecimalPoint(view, to + 1) || IsPence(view, to + 1) || IsThousandsPrice(view, to + 1);
    }

    // "gained 48 to 4,233": a price written with a thousands comma, as markets quoting in lire, yen or won write theirs
    // (no count of places or points is written so).
    private static bool IsThousandsPrice(TokenView view, int k)
    {
        var t = view.Tokens[k];
        var comma = view.Text.IndexOf(',', t.Start, t.Length);
        return comma > t.Start && comma == t.End - 4;
    }

    private static bool IsPercent(TokenView view, int k) => view.IsLowerWord(k) && (view.TextIs(k, "percent") || view.TextIs(k, "pct"));

    private static bool IsFigure(TokenView view, int k) => view.IsNumber(k) && char.IsDigit(view.Text[view.Tokens[k].Start]);

    // "548p": a price in pence.
    private static bool IsPence(TokenView view, int k)
    {
        if (!view.IsWord(k) || !view.Tokens[k].Has(TokenFlags.HasDigit))
        {
            return false;
        }

        var t = view.Tokens[k];
        var text = view.Text;
        if (text[t.End - 1] != 'p' || !char.IsDigit(text[t.Start]))
        {
            return false;
        }

        for (var i = t.Start; i < t.End - 1; i++)
        {
            if (!char.IsDigit(text[i]) && text[i] != '.' && text[i] != ',')
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDecimalPoint(TokenView view, int k)
    {
        var t = view.Tokens[k];
        return view.Text.IndexOf('.', t.Start, t.Length) > t.Start;
    }
}
