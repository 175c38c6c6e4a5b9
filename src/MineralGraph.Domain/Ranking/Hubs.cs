using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Ranking;

/// <summary>
/// Which entities are very connected ("hubs"): a chain passing through one says little, so paths use hubs only when
/// no chain avoids them (<see cref="PathSearch"/>). An entity is a hub when it is a catch-all group of minerals
/// (type <c>group</c>: "critical minerals", "rare earth elements"), or when the graph records at least
/// <see cref="Degree"/> ties of it (retracted ones too: a count both stores read without looking at each tie).
/// <para>Why both: on graph-seed the most connected actor, Canada, has 29 ties and must stay a useful link between a
/// Mexican official and an alliance, while the catch-all groups join everything to everything at any size. On the
/// 1M-relation synthetic graph (100,000 entities, median 7–32 ties per actor kind) 823 entities reach 100 ties: every
/// government, agreement and mineral, and fewer than 1 % of the companies, projects, events and measures.</para>
/// </summary>
public static class Hubs
{
    /// <summary>Ties from which an entity counts as very connected.</summary>
    public const int Degree = 100;

    /// <summary>The mineral type of catch-all groups.</summary>
    public const string GroupType = "group";

    /// <param name="degree">How many ties the graph records of the entity, retracted ones included.</param>
    public static bool IsHub(EntityKind kind, string? type, int degree) =>
        degree >= Degree || (kind == EntityKind.Mineral && type == GroupType);

    public static bool IsHub(Entity entity, int degree) => IsHub(entity.Kind, entity.Type, degree);
}
