using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Neo4j.Mapping;

/// <summary>
/// How a date is kept in properties named after its field (<c>since</c>): the value as graph-seed writes it, and
/// <c>sinceText</c>, <c>sinceExpected</c> (only when true), <c>sinceRole</c> when the source gives them. The earliest and
/// latest days that filters read are written by the entity and relation mappings, which know what each means.
/// </summary>
public static class DateProperties
{
    /// <summary>The property names of a date field, for projections.</summary>
    public static IEnumerable<string> Keys(string field) => [field, field + "Text", field + "Expected", field + "Role"];

    public static void Write(Dictionary<string, object?> properties, string field, PartialDate? date)
    {
        properties[field] = date?.ToString();
        properties[field + "Text"] = date?.Text;
        properties[field + "Expected"] = date is { Expected: true } ? true : null;
        properties[field + "Role"] = date?.Role?.Name();
    }

    public static PartialDate? Read(IReadOnlyDictionary<string, object?> p, string field) =>
        EntityProperties.Text(p, field) is { } value
            ? PartialDate.Parse(value) with
            {
                Text = EntityProperties.Text(p, field + "Text"),
                Expected = p.TryGetValue(field + "Expected", out var expected) && expected is true,
                Role = EntityProperties.Text(p, field + "Role") is { } role && DateRoles.TryParse(role, out var r) ? r : null,
            }
            : null;

    /// <summary>A day as Cypher's date() reads it; null for none.</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first and last days a date may mean, or nulls for a month without a year (it cannot be placed).</summary>
    public static (string? Earliest, string? Latest) Bounds(PartialDate? date) =>
        date is { IsPlaced: true } d ? (Day(d.Earliest), Day(d.Latest)) : (null, null);
}
