using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Neo4j.Mapping;

/// <summary>Reads the projections statements return: entity maps, relation maps and the sources their evidence cites.</summary>
internal static class ResultMaps
{
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? (value is Dictionary<string, object?> d ? d : throw new FormatException($"expected a map, got {value?.GetType().Name ?? "null"}"));

    public static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? (value is null ? [] : throw new FormatException($"expected a list, got {value.GetType().Name}"));

    public static Entity Entity(object? value) => EntityProperties.FromMap(Map(value));

    public static List<Entity> Entities(object? value) => List(value).Select(Entity).ToList();

    public static Dictionary<string, Entity> Sources(object? value) => Entities(value).ToDictionary(e => e.Id, StringComparer.Ordinal);

    public static Relation Relation(object? value, IReadOnlyDictionary<string, Entity> sources) => RelationProperties.FromMap(Map(value), sources);

    public static List<Relation> Relations(object? value, IReadOnlyDictionary<string, Entity> sources) => List(value).Select(v => Relation(v, sources)).ToList();
}
