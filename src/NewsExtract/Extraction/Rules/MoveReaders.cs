namespace NewsExtract.Extraction.Rules;

/// <summary>
/// The readers of movements that the price_change and statistic extractors share: which moves a clause holds and what
/// amount a move measures. Their patterns are large, so the pipeline builds them once for both extractors.
/// </summary>
public sealed record MoveReaders(PriceMoves Moves, MeasuredQuantity Measured)
{
    public static MoveReaders Of(ExtractionLexicons lexicons)
    {
        var moves = new PriceMoves(lexicons);
        return new MoveReaders(moves, new MeasuredQuantity(lexicons, moves.ChangeWords));
    }
}
