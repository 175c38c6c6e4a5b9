using System.Text;

namespace MineralGraph.Domain.Model;

/// <summary>The names of relation kinds as written in graph-seed and GraphQL (<c>HOLDS_POSITION</c>), and which kinds of entity each end may be.</summary>
public static class RelationKinds
{
    public static readonly IReadOnlyList<RelationKind> All = Enum.GetValues<RelationKind>();

    static readonly Dictionary<RelationKind, string> Names = All.ToDictionary(k => k, ToScreamingSnake);
    static readonly Dictionary<string, RelationKind> ByName = Names.ToDictionary(p => p.Value, p => p.Key);

    /// <summary><c>HoldsPosition</c> → <c>HOLDS_POSITION</c>.</summary>
    public static string Name(this RelationKind kind) => Names[kind];

    public static bool TryParse(string name, out RelationKind kind) => ByName.TryGetValue(name, out kind);

    public static RelationKind Parse(string name) =>
        ByName.TryGetValue(name, out var kind) ? kind : throw new ArgumentException($"unknown relation kind '{name}'");

    const EntityKind Gov = EntityKind.Government, Off = EntityKind.Official, Agy = EntityKind.Agency,
        Co = EntityKind.Company, Min = EntityKind.Mineral, Prj = EntityKind.Project, Agr = EntityKind.Agreement,
        Evt = EntityKind.Event, Msr = EntityKind.Measure;

    /// <summary>Allowed (from, to) kind pairs per relation kind.</summary>
    static readonly Dictionary<RelationKind, HashSet<(EntityKind From, EntityKind To)>> Ends = new()
    {
        [RelationKind.HoldsPosition] = Pairs([Off], [Gov, Agy, Co, Agr]),
        [RelationKind.MemberOf] = Pairs([Gov, Agy, Co], [Agr]),
        [RelationKind.Announced] = Pairs([Off, Gov, Agy, Co], [Agr, Prj, Msr, Evt]),
        [RelationKind.TookPartIn] = Pairs([Off, Gov, Agy, Co], [Evt]),
        [RelationKind.Covers] = Pairs([Agr, Msr, Prj, Evt], [Min]),
        [RelationKind.Produces] = Pairs([Gov, Co, Prj], [Min]),
        [RelationKind.Processes] = Pairs([Gov, Co, Prj], [Min]),
        [RelationKind.Refines] = Pairs([Gov, Co, Prj], [Min]),
        [RelationKind.HoldsReserves] = Pairs([Gov, Co, Prj], [Min]),
        [RelationKind.Restricts] = Pairs([Msr, Gov], [Min]),
        [RelationKind.ImposedBy] = Pairs([Msr], [Gov, Agy]),
        [RelationKind.Operates] = Pairs([Co, Gov, Agy], [Prj]),
        [RelationKind.Owns] = Pairs([Co, Gov, Agy], [Co, Prj]),
        [RelationKind.Funds] = Pairs([Gov, Agy, Co, Agr], [Prj, Co, Agr]),
        [RelationKind.ModelledOn] = Pairs([Agr, Prj, Msr], [Agr, Prj, Msr]),
        [RelationKind.Succeeds] = Pairs([Agr], [Agr]),
        [RelationKind.PartOf] = Union(Pairs([Agy], [Gov]), Pairs([Min], [Min]), Pairs([Prj], [Agr, Prj]),
            Pairs([Agr], [Agr]), Pairs([Evt], [Agr, Evt]), Pairs([Msr], [Agr, Msr])),
        [RelationKind.BasedIn] = Pairs([Co, Agy, Prj], [Gov]),
        [RelationKind.RespondsTo] = Pairs([Agr, Prj, Msr, Evt], [Msr, Agr]),
        [RelationKind.StatesPosition] = Pairs([Off, Gov, Agy, Co], [Agr, Prj, Msr, Gov, Min]),
        [RelationKind.Affects] = Pairs([Msr, Agr], [Gov, Agr, Agy, Co, Prj]),
        [RelationKind.AssociatedWith] = Pairs([Agr, Prj, Msr, Evt], [Agr, Prj, Msr, Evt]),
        [RelationKind.Dominates] = Pairs([Gov, Co], [Min]),
    };

    /// <summary>
    /// The kinds a figure can belong to: funding and investment, ownership, capacity, participation and membership,
    /// effects and shares of a supply chain. A figure on any other kind is refused.
    /// </summary>
    static readonly HashSet<RelationKind> WithAmounts =
    [
        RelationKind.Funds, RelationKind.Owns, RelationKind.Produces, RelationKind.Processes, RelationKind.Refines,
        RelationKind.HoldsReserves, RelationKind.TookPartIn, RelationKind.MemberOf, RelationKind.Affects, RelationKind.Dominates,
    ];

    public static bool TakesAmount(this RelationKind kind) => WithAmounts.Contains(kind);

    /// <summary>The kinds that take an amount, for messages.</summary>
    public static string KindsWithAmounts => string.Join(", ", All.Where(TakesAmount).Select(Name));

    public static bool Allows(this RelationKind kind, EntityKind from, EntityKind to) => Ends[kind].Contains((from, to));

    /// <summary>A readable list of what the ends may be, for error messages.</summary>
    public static string DescribeEnds(this RelationKind kind) =>
        string.Join("; ", Ends[kind].GroupBy(p => p.From).Select(g =>
            $"{g.Key.Prefix()} → {string.Join(", ", g.Select(p => p.To.Prefix()))}"));

    /// <summary>The relation kind that holds a capacity stage (mining, processing, refining, reserves).</summary>
    public static RelationKind CapacityRelation(this CapacityStage stage) => stage switch
    {
        CapacityStage.Mining => Model.RelationKind.Produces,
        CapacityStage.Processing => Model.RelationKind.Processes,
        CapacityStage.Refining => Model.RelationKind.Refines,
        CapacityStage.Reserves => Model.RelationKind.HoldsReserves,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    static HashSet<(EntityKind, EntityKind)> Pairs(EntityKind[] from, EntityKind[] to) =>
        from.SelectMany(f => to.Select(t => (f, t))).ToHashSet();

    static HashSet<(EntityKind, EntityKind)> Union(params HashSet<(EntityKind, EntityKind)>[] sets) =>
        sets.SelectMany(s => s).ToHashSet();

    static string ToScreamingSnake(RelationKind kind)
    {
        var text = kind.ToString();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(text[i]));
        }
        return sb.ToString();
    }
}
