using System.Globalization;
using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Neo4j.Mapping;

/// <summary>
/// How a relation is kept on a relationship: typed by kind, dates as seed text (with their words, expectation and role,
/// see <see cref="DateProperties"/>) plus the earliest/latest days that <see cref="Relation.ValidityOn"/> needs, evidence
/// as four parallel lists (source id, quote, locator and reportedBy with "" for none) because Neo4j properties cannot
/// hold maps, <c>denied</c>, and the amount as <c>amountValue</c>, <c>amountUnit</c>, <c>amountQualifier</c>, … .
/// An expected end is not a fact: its <c>untilLatest</c> is left unset so the as-of filter never drops a tie on it,
/// and an expected start is <c>sinceExpected</c>, which the filter reads (a tie still to come held on no day).
/// </summary>
public static class RelationProperties
{
    public static Dictionary<string, object?> ToProperties(Relation r)
    {
        var (sinceEarliest, sinceLatest) = DateProperties.Bounds(r.Since);
        var (untilEarliest, untilLatest) = DateProperties.Bounds(r.Until);
        var properties = new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["role"] = r.Role,
            ["sinceEarliest"] = sinceEarliest,
            ["sinceLatest"] = sinceLatest,
            ["untilEarliest"] = untilEarliest,
            ["untilLatest"] = r.Until is { Expected: true } ? null : untilLatest,
            ["current"] = r.IsCurrent switch { Truth.True => "true", Truth.False => "false", _ => "unknown" },
            ["note"] = r.Note,
            ["disputedBy"] = r.DisputedBy.ToList(),
            ["evidenceSources"] = r.Evidence.Select(e => e.SourceId).ToList(),
            ["evidenceQuotes"] = r.Evidence.Select(e => e.Quote).ToList(),
            ["evidenceLocators"] = r.Evidence.Select(e => e.Locator ?? "").ToList(),
            ["evidenceReportedBy"] = r.Evidence.Select(e => e.ReportedBy ?? "").ToList(),
            ["retractionReason"] = r.Retraction?.Reason,
            ["retractionBy"] = r.Retraction?.By,
            ["retractionAt"] = r.Retraction?.At.ToString("O", CultureInfo.InvariantCulture),
            ["denied"] = r.Denied,
            ["amountValue"] = r.Amount?.Value,
            ["amountUnit"] = r.Amount?.Unit,
            ["amountQualifier"] = r.Amount?.Qualifier.Name(),
            ["amountBasis"] = r.Amount?.Basis,
            ["amountText"] = r.Amount?.Text,
        };
        DateProperties.Write(properties, "since", r.Since);
        DateProperties.Write(properties, "until", r.Until);
        DateProperties.Write(properties, "amountDate", r.Amount?.Date);
        return properties;
    }

    /// <summary>
    /// Rebuilds a relation from the projection <see cref="Cypher.Projections.Relation"/> returns; evidence gets its
    /// source from <paramref name="sources"/> (returned by the same statement).
    /// </summary>
    public static Relation FromMap(IReadOnlyDictionary<string, object?> p, IReadOnlyDictionary<string, Entity> sources)
    {
        var sourceIds = EntityProperties.Strings(p, "evidenceSources");
        var quotes = EntityProperties.Strings(p, "evidenceQuotes");
        var locators = EntityProperties.Strings(p, "evidenceLocators");
        var reportedBy = EntityProperties.Strings(p, "evidenceReportedBy");
        var evidence = sourceIds.Select((sourceId, i) => new Evidence(sourceId, quotes[i], Blank(locators, i))
        {
            Source = sources.GetValueOrDefault(sourceId),
            ReportedBy = Blank(reportedBy, i),
        }).ToList();
        return new Relation
        {
            Id = EntityProperties.Text(p, "id")!,
            Kind = RelationKinds.Parse(EntityProperties.Text(p, "kind")!),
            From = EntityProperties.Text(p, "from")!,
            To = EntityProperties.Text(p, "to")!,
            Role = EntityProperties.Text(p, "role"),
            Since = DateProperties.Read(p, "since"),
            Until = DateProperties.Read(p, "until"),
            IsCurrent = EntityProperties.Text(p, "current") switch { "true" => Truth.True, "false" => Truth.False, _ => Truth.Unknown },
            Note = EntityProperties.Text(p, "note"),
            DisputedBy = EntityProperties.Strings(p, "disputedBy"),
            Evidence = evidence,
            Retraction = EntityProperties.Text(p, "retractionAt") is { } at
                ? new Retraction(EntityProperties.Text(p, "retractionReason") ?? "", EntityProperties.Text(p, "retractionBy") ?? "",
                    DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))
                : null,
            Denied = p.TryGetValue("denied", out var denied) && denied is true,
            Amount = AmountOf(p),
        };
    }

    static Amount? AmountOf(IReadOnlyDictionary<string, object?> p)
    {
        if (EntityProperties.Text(p, "amountUnit") is not { } unit) return null;
        var value = p.GetValueOrDefault("amountValue") switch
        {
            long l => l,
            double d => (decimal)d,
            var other => throw new FormatException($"relation {EntityProperties.Text(p, "id")} has amount value {other ?? "null"}"),
        };
        return new Amount
        {
            Value = value,
            Unit = unit,
            Qualifier = Amounts.TryParseQualifier(EntityProperties.Text(p, "amountQualifier") ?? "", out var q) ? q : AmountQualifier.Exactly,
            Basis = EntityProperties.Text(p, "amountBasis"),
            Date = DateProperties.Read(p, "amountDate"),
            Text = EntityProperties.Text(p, "amountText"),
        };
    }

    /// <summary>The item of a parallel list, null where it is "" or the list is shorter (written before the list existed).</summary>
    static string? Blank(IReadOnlyList<string> list, int i) => i < list.Count && list[i].Length > 0 ? list[i] : null;

    /// <summary>The property names a relation projection returns, besides its kind and ends.</summary>
    public static IEnumerable<string> ProjectedKeys =>
    [
        "id", "role", .. DateProperties.Keys("since"), .. DateProperties.Keys("until"), "current", "note", "disputedBy",
        "evidenceSources", "evidenceQuotes", "evidenceLocators", "evidenceReportedBy", "retractionReason", "retractionBy", "retractionAt",
        "denied", "amountValue", "amountUnit", "amountQualifier", "amountBasis", "amountText", .. DateProperties.Keys("amountDate"),
    ];
}
