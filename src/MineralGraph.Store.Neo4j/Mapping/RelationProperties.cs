using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Neo4j.Mapping;

/// <summary>
/// How a relation is kept on a relationship: typed by kind, dates as seed text plus the earliest/latest days
/// that <see cref="Relation.ValidityOn"/> needs, and evidence as three parallel lists (source id, quote,
/// locator with "" for none) because Neo4j properties cannot hold maps.
/// </summary>
public static class RelationProperties
{
    public static Dictionary<string, object?> ToProperties(Relation r) => new()
    {
        ["id"] = r.Id,
        ["role"] = r.Role,
        ["since"] = r.Since?.ToString(),
        ["until"] = r.Until?.ToString(),
        ["sinceEarliest"] = Day(r.Since?.Earliest),
        ["sinceLatest"] = Day(r.Since?.Latest),
        ["untilEarliest"] = Day(r.Until?.Earliest),
        ["untilLatest"] = Day(r.Until?.Latest),
        ["current"] = r.IsCurrent switch { Truth.True => "true", Truth.False => "false", _ => "unknown" },
        ["note"] = r.Note,
        ["disputedBy"] = r.DisputedBy.ToList(),
        ["evidenceSources"] = r.Evidence.Select(e => e.SourceId).ToList(),
        ["evidenceQuotes"] = r.Evidence.Select(e => e.Quote).ToList(),
        ["evidenceLocators"] = r.Evidence.Select(e => e.Locator ?? "").ToList(),
        ["retractionReason"] = r.Retraction?.Reason,
        ["retractionBy"] = r.Retraction?.By,
        ["retractionAt"] = r.Retraction?.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");

    /// <summary>
    /// Rebuilds a relation from the projection <see cref="Cypher.Projections.Relation"/> returns; evidence gets its
    /// source from <paramref name="sources"/> (returned by the same statement).
    /// </summary>
    public static Relation FromMap(IReadOnlyDictionary<string, object?> p, IReadOnlyDictionary<string, Entity> sources)
    {
        var sourceIds = EntityProperties.Strings(p, "evidenceSources");
        var quotes = EntityProperties.Strings(p, "evidenceQuotes");
        var locators = EntityProperties.Strings(p, "evidenceLocators");
        var evidence = sourceIds.Select((sourceId, i) => new Evidence(sourceId, quotes[i], locators[i].Length == 0 ? null : locators[i])
        {
            Source = sources.GetValueOrDefault(sourceId),
        }).ToList();
        return new Relation
        {
            Id = EntityProperties.Text(p, "id")!,
            Kind = RelationKinds.Parse(EntityProperties.Text(p, "kind")!),
            From = EntityProperties.Text(p, "from")!,
            To = EntityProperties.Text(p, "to")!,
            Role = EntityProperties.Text(p, "role"),
            Since = EntityProperties.Text(p, "since") is { } since ? PartialDate.Parse(since) : null,
            Until = EntityProperties.Text(p, "until") is { } until ? PartialDate.Parse(until) : null,
            IsCurrent = EntityProperties.Text(p, "current") switch { "true" => Truth.True, "false" => Truth.False, _ => Truth.Unknown },
            Note = EntityProperties.Text(p, "note"),
            DisputedBy = EntityProperties.Strings(p, "disputedBy"),
            Evidence = evidence,
            Retraction = EntityProperties.Text(p, "retractionAt") is { } at
                ? new Retraction(EntityProperties.Text(p, "retractionReason") ?? "", EntityProperties.Text(p, "retractionBy") ?? "",
                    DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind))
                : null,
        };
    }
}
