using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Tests.Store;

/// <summary>Entities and relations written out by hand, for testing the domain's rules on plain data.</summary>
static class PlainGraph
{
    public static Entity E(string id, string? name = null, params string[] aliases) => new()
    {
        Id = id,
        Kind = EntityKinds.OfId(id) ?? throw new ArgumentException($"'{id}' has no kind", nameof(id)),
        Name = name ?? id[(id.IndexOf('/') + 1)..],
        Aliases = aliases,
    };

    public static Relation R(string id, RelationKind kind, string from, string to) => new()
    {
        Id = id, Kind = kind, From = from, To = to, Evidence = [new Evidence("source/s", "q")],
    };
}
