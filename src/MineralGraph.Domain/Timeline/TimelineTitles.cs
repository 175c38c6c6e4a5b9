using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Timeline;

/// <summary>
/// A timeline item's title in plain words, built from the graph's own names: "Marcelo Ebrard holds position
/// Secretaría de Economía (Secretary of the Economy): begins", "USMCA: in force (expected)".
/// </summary>
public static class TimelineTitles
{
    public static string Of(Relation relation, Entity from, Entity to, TieEnd edge, PartialDate date)
    {
        var role = relation.Role is { Length: > 0 } r ? $" ({r})" : "";
        var what = (edge, date.Expected) switch
        {
            (TieEnd.Since, false) => "begins",
            (TieEnd.Since, true) => "expected to begin",
            (TieEnd.Until, false) => "ends",
            (TieEnd.Until, true) => "expected to end",
            _ => "",
        };
        return $"{from.Name} {Words(relation.Kind)} {to.Name}{role}: {what}";
    }

    public static string Of(Entity entity, PartialDate date)
    {
        var role = date.Role is { } r ? $": {r.Name().Replace('-', ' ')}" : "";
        return date.Expected ? $"{entity.Name}{role} (expected)" : $"{entity.Name}{role}";
    }

    /// <summary><c>HOLDS_POSITION</c> → "holds position".</summary>
    static string Words(RelationKind kind) => kind.Name().Replace('_', ' ').ToLowerInvariant();
}
