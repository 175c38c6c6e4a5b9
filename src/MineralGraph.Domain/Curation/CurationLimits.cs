namespace MineralGraph.Domain.Curation;

/// <summary>Sizes a curation request may not exceed; generous for real documents, small enough to keep the graph lean.</summary>
public static class CurationLimits
{
    public const int Name = 300;
    public const int Alias = 300;
    public const int Aliases = 50;
    public const int Description = 4000;
    public const int ShortField = 200;
    public const int Url = 2000;
    public const int Quote = 2000;
    public const int Note = 2000;
    public const int Evidence = 20;
    public const int SourceText = 2_000_000;
}
