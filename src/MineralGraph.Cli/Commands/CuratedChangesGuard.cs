using MineralGraph.Store.Neo4j.Loading;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// A seed load replaces the graph: it would silently drop what curators changed in Neo4j since the last load
/// (the <c>(:Change)</c> nodes the Neo4j curation store writes). So a load into such a database is refused unless
/// the caller says to discard them.
/// </summary>
public static class CuratedChangesGuard
{
    public const string DiscardOption = "--discard-curated";

    /// <summary>Null when the load may go ahead; otherwise the message to print (nothing has been written).</summary>
    public static async Task<string?> RefusalAsync(Neo4jSeedWriter writer, string where, bool discard, CancellationToken cancellationToken)
    {
        var changes = await writer.CountCuratedChangesAsync(cancellationToken);
        if (changes == 0 || discard) return null;
        return $"refused: {where} holds {changes:N0} curated change(s) ((:Change) nodes) that loading the seed would discard. " +
            $"To keep them, do not load over this database; to replace it with the seed and drop them, run again with {DiscardOption}. " +
            "Nothing was written.";
    }
}
