namespace Corpus.Extraction.Quotes;

/// <summary>
/// One quotation with the words of its sentence around it: the words before the opening mark back to the start
/// of the clause (the sentence, or the end of an earlier quotation in it), and the words after the closing mark to
/// the end of the sentence or the next quotation. Speaker patterns and the Quotation/Term decision read only these.
/// A value: one is made for every quotation and read only while that quotation is.
/// </summary>
/// <param name="Quote">The quotation's marks.</param>
/// <param name="Text">The quoted words, without marks.</param>
/// <param name="Before">Tokens between the clause start and the opening mark.</param>
/// <param name="After">Tokens between the closing mark and the end of the sentence.</param>
internal readonly record struct QuoteContext(FoundQuote Quote, string Text, WordTokens Before, WordTokens After);
