using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Synthetic.Anchors;

/// <summary>A relation of the real graph without its evidence: the generator cites synthetic sources for it.</summary>
internal sealed record AnchorRelation(
    string Id, RelationKind Kind, string From, string To, string? Role, PartialDate? Since, PartialDate? Until,
    Truth IsCurrent, string? Note, IReadOnlyList<string> DisputedBy);

/// <summary>
/// The real graph's entities (sources aside) and relations, read from the embedded snapshot real-skeleton.tsv.
/// Putting them into every synthetic graph makes benchmark queries that name real ids meaningful at any scale.
/// </summary>
internal sealed class RealSkeleton
{
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<AnchorRelation> Relations { get; }

    RealSkeleton(List<Entity> entities, List<AnchorRelation> relations)
    {
        Entities = entities;
        Relations = relations;
    }

    /// <summary>Read once: the skeleton never changes while the program runs.</summary>
    public static RealSkeleton Instance { get; } = Read();

    static RealSkeleton Read()
    {
        using var stream = typeof(RealSkeleton).Assembly.GetManifestResourceStream("MineralGraph.Synthetic.real-skeleton.tsv")
            ?? throw new InvalidOperationException("the embedded real-skeleton.tsv is missing from MineralGraph.Synthetic");
        using var reader = new StreamReader(stream);
        var entities = new List<Entity>();
        var relations = new List<AnchorRelation>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            try
            {
                if (f[0] == "E") entities.Add(Entity(f));
                else if (f[0] == "R") relations.Add(Relation(f));
                else throw new FormatException($"unknown record type '{f[0]}'");
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InvalidOperationException($"real-skeleton.tsv line {lineNumber}: {e.Message}", e);
            }
        }
        return new RealSkeleton(entities, relations);
    }

    // E id name type status country iso symbol place date aliases description
    static Entity Entity(string[] f) => new()
    {
        Id = f[1],
        Kind = EntityKinds.OfId(f[1]) ?? throw new FormatException($"'{f[1]}' has no known kind"),
        Name = f[2],
        Type = Optional(f[3]),
        Status = Optional(f[4]),
        Country = Optional(f[5]),
        Iso = Optional(f[6]),
        Symbol = Optional(f[7]),
        Place = Optional(f[8]),
        Date = Optional(f[9]) is { } date ? PartialDate.Parse(date) : null,
        Aliases = f[10].Length == 0 ? [] : f[10].Split('|'),
        Description = f[11],
    };

    // R id kind from to role since until current note disputedBy
    static AnchorRelation Relation(string[] f) => new(
        f[1], RelationKinds.Parse(f[2]), f[3], f[4], Optional(f[5]),
        Optional(f[6]) is { } since ? PartialDate.Parse(since) : null,
        Optional(f[7]) is { } until ? PartialDate.Parse(until) : null,
        f[8] switch { "true" => Truth.True, "false" => Truth.False, _ => Truth.Unknown },
        Optional(f[9]),
        f[10].Length == 0 ? [] : f[10].Split('|'));

    static string? Optional(string text) => text.Length == 0 ? null : text;
}
