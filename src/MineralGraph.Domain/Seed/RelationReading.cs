using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Seed;

/// <summary>Reads and checks relations against the entities already read; makes <c>disputedBy</c> symmetric.</summary>
internal sealed class RelationReading(Dictionary<string, ReadEntity> entities, List<SeedError> errors)
{
    static readonly IReadOnlyList<string> Truths = ["true", "false", "unknown"];

    /// <summary>
    /// Reads relations as the records stream in; only the relation and where its record was are kept, so a file's
    /// YAML tree can go once its records are read (a 1M-relation seed would otherwise hold GBs of trees).
    /// </summary>
    public List<Relation> ReadAll(IEnumerable<YamlRecord> records)
    {
        var read = new List<(Relation Relation, string File, int DisputedByLine)>();
        var seen = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var reader = new RecordReader(record, errors);
            var relation = Read(reader);
            if (relation is null) continue;
            if (entities.ContainsKey(relation.Id))
            {
                reader.Error("id", $"'{relation.Id}' is already an entity id");
                continue;
            }
            if (seen.TryGetValue(relation.Id, out var first))
            {
                reader.Error("id", $"duplicate id '{relation.Id}', first defined at {first.File}:{first.Line}");
                continue;
            }
            seen[relation.Id] = (record.File, record.Line);
            read.Add((relation, record.File, relation.DisputedBy.Count > 0 ? record.LineOf("disputedBy") : record.Line));
        }

        // Disputes are made symmetric: naming one side is enough.
        var disputes = read.ToDictionary(p => p.Relation.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (relation, file, line) in read)
        {
            foreach (var other in relation.DisputedBy)
            {
                if (other == relation.Id) errors.Add(new SeedError(file, line, "disputedBy", "a relation cannot dispute itself"));
                else if (!disputes.ContainsKey(other)) errors.Add(new SeedError(file, line, "disputedBy", $"'{other}' is not a relation in the seed"));
                else
                {
                    disputes[relation.Id].Add(other);
                    disputes[other].Add(relation.Id);
                }
            }
        }
        // A denied claim disputes every affirmed claim of the same tie, listed or not (Relation.Contradicts).
        foreach (var tie in read.Select(p => p.Relation).GroupBy(r => (r.Kind, r.From, r.To)).Where(g => g.Any(r => r.Denied) && g.Any(r => !r.Denied)))
        {
            foreach (var relation in tie)
            {
                foreach (var other in RelationRules.Contradicted(relation, tie)) disputes[relation.Id].Add(other);
            }
        }
        return read.Select(p => p.Relation with { DisputedBy = disputes[p.Relation.Id].ToList() }).ToList();
    }

    Relation? Read(RecordReader r)
    {
        r.RejectUnknownFields(EntityFields.RelationFields, "a relation");
        var id = r.String("id", required: true);
        var kindName = r.String("kind", required: true);
        var from = r.String("from", required: true);
        var to = r.String("to", required: true);
        var since = r.Date("since");
        var until = r.Date("until");
        var current = r.OneOf("current", Truths);
        var disputedBy = r.StringList("disputedBy");

        var ok = id is not null && kindName is not null && from is not null && to is not null;
        if (id is not null && (!id.StartsWith(Ids.RelationPrefix, StringComparison.Ordinal) || !Ids.IsWellFormed(id)))
        {
            r.Error("id", $"'{id}' is not of the form rel/slug in lower-case ASCII (e.g. rel/ebrard-heads-economy)");
            ok = false;
        }
        RelationKind kind = default;
        if (kindName is not null && !RelationKinds.TryParse(kindName, out kind))
        {
            r.Error("kind", $"'{kindName}' is not a relation kind; use one of: {string.Join(", ", RelationKinds.All.Select(k => k.Name()))}");
            ok = false;
        }
        var fromEntity = End(r, "from", from);
        var toEntity = End(r, "to", to);
        if (ok && fromEntity is not null && toEntity is not null && !kind.Allows(fromEntity.Kind, toEntity.Kind))
        {
            r.Error("kind", $"{kindName} cannot go from {fromEntity.Kind.WithArticle()} to {toEntity.Kind.WithArticle()}; allowed: {kind.DescribeEnds()}");
            ok = false;
        }
        if (RelationRules.DateOrderProblem(since, until) is { } order)
        {
            r.Error("until", order);
            ok = false;
        }
        var denied = r.Bool("denied") ?? false;
        var amount = ReadAmount(r);

        var evidence = ReadEvidence(r);
        if (!ok || fromEntity is null || toEntity is null || evidence is null) return null;
        var relation = new Relation
        {
            Id = id!,
            Kind = kind,
            From = from!,
            To = to!,
            Role = r.String("role", maxLength: 300),
            Since = since,
            Until = until,
            IsCurrent = current switch { "true" => Truth.True, "false" => Truth.False, _ => Truth.Unknown },
            Note = r.String("note"),
            DisputedBy = disputedBy,
            Evidence = evidence,
            Retraction = ReadRetraction(r),
            Denied = denied,
            Amount = amount,
        };
        var problems = RelationRules.Problems(relation).ToList();
        foreach (var (field, message) in problems) r.ErrorAt(r.Record.LineOf(field.Split('.')[0]), field, message);
        return problems.Count == 0 ? relation : null;
    }

    /// <summary><c>amount: {value, unit, qualifier, basis, date, text}</c>; value and unit are required.</summary>
    static Amount? ReadAmount(RecordReader r)
    {
        if (r.Mapping("amount") is not { } a) return null;
        a.RejectUnknownFields(EntityFields.AmountFields, "an amount");
        var value = a.Number("value");
        var unit = a.String("unit", maxLength: Amounts.MaxUnitLength);
        if (!a.Record.Has("value")) a.ErrorAt(a.Record.Line, "value", "is required: the figure");
        if (!a.Record.Has("unit")) a.ErrorAt(a.Record.Line, "unit", "is required: a currency code (USD, CAD) or a unit (percent, companies, tonnes)");
        var qualifier = AmountQualifier.Exactly;
        if (a.OneOf("qualifier", Amounts.Qualifiers.Select(q => q.Name()).ToList()) is { } name) Amounts.TryParseQualifier(name, out qualifier);
        var basis = a.String("basis", maxLength: 300);
        var date = a.Date("date");
        var text = a.String("text", maxLength: 300);
        return value is { } v && unit is not null
            ? new Amount { Value = v, Unit = unit, Qualifier = qualifier, Basis = basis, Date = date, Text = text }
            : null;
    }

    /// <summary><c>retracted: {reason, by, at}</c>, as <c>seed export</c> writes a curator's retraction.</summary>
    Retraction? ReadRetraction(RecordReader r)
    {
        switch (r.Record.Get("retracted"))
        {
            case null:
                return null;
            case YamlDotNet.RepresentationModel.YamlMappingNode map:
                var reader = new RecordReader(new YamlRecord(r.Record.File, (int)map.Start.Line, map), errors, "retracted.");
                reader.RejectUnknownFields(EntityFields.RetractionFields, "a retraction");
                var reason = reader.String("reason", required: true);
                var by = reader.String("by", required: true);
                var atText = reader.String("at", required: true);
                var at = DateTimeOffset.MinValue;
                if (atText is not null && !DateTimeOffset.TryParse(atText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out at))
                {
                    reader.Error("at", $"'{atText}' is not a timestamp (e.g. 2026-11-25T12:00:00Z)");
                    return null;
                }
                return reason is null || by is null || atText is null ? null : new Retraction(reason, by, at);
            default:
                r.Error("retracted", "must be a mapping with reason, by and at");
                return null;
        }
    }

    Entity? End(RecordReader r, string field, string? id)
    {
        if (id is null) return null;
        if (entities.TryGetValue(id, out var e)) return e.Entity;
        r.Error(field, $"'{id}' is not an entity in the seed");
        return null;
    }

    List<Evidence>? ReadEvidence(RecordReader r)
    {
        if (!r.Record.Has("evidence"))
        {
            r.ErrorAt(r.Record.Line, "evidence", "is required: a relation needs at least one evidence item (source + quote)");
            return null;
        }
        var items = r.Records("evidence");
        if (items.Count == 0)
        {
            r.Error("evidence", "must hold at least one evidence item (source + quote)");
            return null;
        }
        var result = new List<Evidence>();
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            var e = new RecordReader(items[i], errors, $"evidence[{i}].");
            e.RejectUnknownFields(EntityFields.EvidenceFields, "an evidence item");
            var sourceId = e.String("source", required: true);
            var quote = e.String("quote", required: true, maxLength: 2000);
            var locator = e.String("locator", maxLength: 200);
            var reportedBy = e.String("reportedBy", maxLength: 200);
            ReadEntity? source = null;
            if (sourceId is not null && (!entities.TryGetValue(sourceId, out source) || source.Entity.Kind != EntityKind.Source))
            {
                e.Error("source", $"'{sourceId}' is not a source in sources.yaml");
                source = null;
            }
            if (source?.NormalisedText is { } text && quote is not null && !QuoteText.IsFoundIn(quote, text))
            {
                e.Error("quote", $"not found in {source.Entity.File}: \"{Shorten(quote)}\"");
                ok = false;
            }
            else if (source is { Entity.File: null } && quote is not null)
            {
                // Every quote is checked against held text; a source that holds none cannot back a quote.
                e.Error("quote", $"cannot be checked: {sourceId} holds no text (give it a file in sources.yaml: documents/… or passages/…)");
                ok = false;
            }
            if (sourceId is null || quote is null || source is null) { ok = false; continue; }
            result.Add(new Evidence(sourceId, quote, locator) { Source = source.Entity, ReportedBy = reportedBy });
        }
        return ok ? result : null;
    }

    static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
