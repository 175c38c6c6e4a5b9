namespace MineralGraph.Server.Hosting;

/// <summary>Why this server accepts no changes, as its configuration made it: what a refused curator is told.</summary>
public sealed record CurationOff(string Reason)
{
    /// <summary>The embedded store without a journal.</summary>
    public static readonly CurationOff NoJournal = new("start it with Curation:JournalPath (embedded store) or on Neo4j");

    /// <summary>The synthetic benchmark graph: changes have nowhere to go, whatever the journal setting says.</summary>
    public static CurationOff Synthetic(bool journalSet) => new(
        "it serves a synthetic graph (Seed:Synthetic), which takes no changes" +
        (journalSet ? "; Curation:JournalPath is not used with it" : "") + ". Serve graph-seed (leave Seed:Synthetic unset) to curate");
}
