using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// Checks a curation request against the graph with the same rules as the seed validator (ids, kinds and their
/// ends, dates, evidence) plus size limits and stricter quotes (<see cref="CuratedQuote"/>: whole words, long
/// enough, no negation cut off, from a source whose text the graph holds), and reports every problem at once. Stores call
/// <see cref="Plan"/> and write only what it returns.
/// </summary>
public static class CurationRules
{
    static readonly IReadOnlyList<string> Truths = ["true", "false", "unknown"];

    /// <summary>The checked change, or <see cref="CurationRejectedException"/> listing every problem.</summary>
    public static CurationPlan Plan(CurationCommand command, ICurationLookup graph, string actor, DateTimeOffset at)
    {
        var problems = new List<CurationProblem>();
        var plan = command switch
        {
            AddSource c => PlanAddSource(c, graph, problems),
            CreateEntity c => PlanCreate(c, graph, problems),
            UpdateEntity c => PlanUpdate(c, graph, problems),
            MergeEntities c => PlanMerge(c, graph, problems),
            AssertRelation c => PlanAssert(c, graph, problems),
            RetractRelation c => PlanRetract(c, graph, actor, at, problems),
            _ => throw new ArgumentException($"unknown command {command.GetType().Name}"),
        };
        if (command.IdempotencyKey is { Length: > CurationLimits.ShortField })
            problems.Add(new("idempotencyKey", $"is longer than {CurationLimits.ShortField} characters"));
        if (problems.Count > 0) throw new CurationRejectedException(problems);
        return plan!;
    }

    static CurationPlan? PlanAddSource(AddSource c, ICurationLookup graph, List<CurationProblem> problems)
    {
        NewId(c.Id, "id", EntityKind.Source, graph, problems);
        Text(c.Title, "title", CurationLimits.Name, problems, required: true);
        Text(c.Publisher, "publisher", CurationLimits.ShortField, problems);
        Text(c.Author, "author", CurationLimits.ShortField, problems);
        Text(c.Description, "description", CurationLimits.Description, problems);
        Text(c.Text, "text", CurationLimits.SourceText, problems);
        var date = Date(c.Date, "date", problems);
        if (Text(c.Url, "url", CurationLimits.Url, problems) is { } url &&
            (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            problems.Add(new("url", $"'{url}' is not an absolute http(s) URL"));
        return new CurationPlan(c)
        {
            EntityAfter = new Entity
            {
                Id = c.Id, Kind = EntityKind.Source, Name = c.Title?.Trim() ?? "", Description = c.Description?.Trim() ?? "",
                Publisher = Clean(c.Publisher), Author = Clean(c.Author), Date = date, Url = Clean(c.Url), Origin = "external",
            },
            SourceText = c.Text,
        };
    }

    static CurationPlan? PlanCreate(CreateEntity c, ICurationLookup graph, List<CurationProblem> problems)
    {
        var kind = NewId(c.Id, "id", null, graph, problems);
        if (kind == EntityKind.Source) problems.Add(new("id", "sources are added with addSource"));
        if (string.IsNullOrWhiteSpace(c.Fields.Name)) problems.Add(new("fields.name", "is required"));
        if (kind is not { } k || k == EntityKind.Source) return null;
        var entity = ApplyFields(new Entity { Id = c.Id, Kind = k, Name = "" }, c.Fields, graph, problems);
        return new CurationPlan(c) { EntityAfter = entity };
    }

    static CurationPlan? PlanUpdate(UpdateEntity c, ICurationLookup graph, List<CurationProblem> problems)
    {
        var before = graph.Entity(c.Id);
        if (before is null) { problems.Add(new("id", $"'{c.Id}' is not an entity in the graph")); return null; }
        if (c.Fields == new EntityFieldsInput()) problems.Add(new("fields", "name at least one field to change"));
        if (c.Fields.Name is { } name && string.IsNullOrWhiteSpace(name)) problems.Add(new("fields.name", "must not be empty"));
        var after = ApplyFields(before, c.Fields, graph, problems);
        return new CurationPlan(c) { EntityBefore = before, EntityAfter = after };
    }

    static CurationPlan? PlanMerge(MergeEntities c, ICurationLookup graph, List<CurationProblem> problems)
    {
        var survivor = graph.Entity(c.SurvivorId);
        var merged = graph.Entity(c.MergedId);
        if (survivor is null) problems.Add(new("survivorId", $"'{c.SurvivorId}' is not an entity in the graph"));
        if (merged is null) problems.Add(new("mergedId", $"'{c.MergedId}' is not an entity in the graph"));
        if (survivor is null || merged is null) return null;
        if (survivor.Id == merged.Id) problems.Add(new("mergedId", "an entity cannot be merged into itself"));
        if (survivor.Kind != merged.Kind) problems.Add(new("mergedId", $"{merged.Kind.WithArticle()} cannot be merged into {survivor.Kind.WithArticle()}"));
        else if (survivor.Id != merged.Id && graph.RelationsBetween(survivor.Id, merged.Id) is { Count: > 0 } between)
            problems.Add(new("mergedId", $"'{merged.Id}' and '{survivor.Id}' are tied by {string.Join(", ", between)}, which the merge would turn into " +
                                         "a tie from an entity to itself: retract it first if the two are one"));
        var aliases = survivor.Aliases.Concat([merged.Name]).Concat(merged.Aliases)
            .Where(a => a != survivor.Name).Distinct(StringComparer.Ordinal).ToList();
        return new CurationPlan(c) { EntityBefore = survivor, EntityAfter = survivor with { Aliases = aliases }, MergedId = merged.Id };
    }

    static CurationPlan? PlanAssert(AssertRelation c, ICurationLookup graph, List<CurationProblem> problems)
    {
        RelationKind kind = default;
        var kindOk = c.Kind is not null && RelationKinds.TryParse(c.Kind.Trim(), out kind);
        if (!kindOk) problems.Add(new("kind", c.Kind is null ? "is required" : $"'{c.Kind}' is not a relation kind; use one of: {string.Join(", ", RelationKinds.All.Select(k => k.Name()))}"));
        var from = End(c.From, "from", graph, problems);
        var to = End(c.To, "to", graph, problems);
        if (from is not null && to is not null && from.Id == to.Id)
            problems.Add(new("to", $"'{c.To}' is '{from.Id}' itself: a relation ties two different entities"));
        else if (kindOk && from is not null && to is not null && !kind.Allows(from.Kind, to.Kind))
            problems.Add(new("kind", $"{kind.Name()} cannot go from {from.Kind.WithArticle()} to {to.Kind.WithArticle()}; allowed: {kind.DescribeEnds()}"));
        var since = Date(c.Since, "since", problems) is { } sinceValue ? Annotated(sinceValue, c.SinceText, "sinceText", c.SinceExpected, problems) : NoValue(c.SinceText, c.SinceExpected, "since", problems);
        var until = Date(c.Until, "until", problems) is { } untilValue ? Annotated(untilValue, c.UntilText, "untilText", c.UntilExpected, problems) : NoValue(c.UntilText, c.UntilExpected, "until", problems);
        if (RelationRules.DateOrderProblem(since, until) is { } order) problems.Add(new("until", order));
        if (c.Current is { } current && !Truths.Contains(current)) problems.Add(new("current", $"'{current}' is not allowed; use true, false or unknown"));
        Text(c.Role, "role", CurationLimits.Name, problems);
        Text(c.Note, "note", CurationLimits.Note, problems);
        var disputedBy = c.DisputedBy ?? [];
        for (var i = 0; i < disputedBy.Count; i++)
        {
            if (graph.Relation(disputedBy[i]) is null) problems.Add(new($"disputedBy[{i}]", $"'{disputedBy[i]}' is not a relation in the graph"));
        }
        var evidence = EvidenceItems(c.Evidence, graph, problems);
        var amount = AmountOf(c.Amount, problems);

        var id = c.Id;
        if (id is not null)
        {
            if (!id.StartsWith(Ids.RelationPrefix, StringComparison.Ordinal) || !Ids.IsWellFormed(id)) problems.Add(new("id", $"'{id}' is not of the form rel/slug in lower-case ASCII"));
            else if (graph.Relation(id) is not null) problems.Add(new("id", $"'{id}' already exists"));
        }
        else if (kindOk && from is not null && to is not null)
        {
            id = NewRelationId(kind, from.Id, to.Id, graph);
        }
        if (!kindOk || from is null || to is null || id is null) return null;
        var relation = new Relation
        {
            Id = id, Kind = kind, From = from.Id, To = to.Id, Role = Clean(c.Role), Since = since, Until = until,
            IsCurrent = c.Current switch { "true" => Truth.True, "false" => Truth.False, _ => Truth.Unknown },
            Note = Clean(c.Note), Evidence = evidence, Denied = c.Denied ?? false, Amount = amount,
        };
        foreach (var (field, message) in RelationRules.Problems(relation)) problems.Add(new(InputField(field), message));
        // A denied claim and an affirmed claim of the same tie dispute each other, as in graph-seed.
        var contradicted = RelationRules.Contradicted(relation, graph.RelationsBetween(from.Id, to.Id).Select(graph.Relation).OfType<Relation>());
        return new CurationPlan(c) { RelationAfter = relation with { DisputedBy = disputedBy.Concat(contradicted).Distinct().ToList() } };
    }

    /// <summary>The input's name for a field of <see cref="RelationRules"/>: the date words are flat fields of the input.</summary>
    static string InputField(string field) => field switch
    {
        "since.text" => "sinceText",
        "until.text" => "untilText",
        _ => field,
    };

    static PartialDate Annotated(PartialDate date, string? text, string textField, bool? expected, List<CurationProblem> problems) =>
        date with { Text = Text(text, textField, CurationLimits.ShortField, problems)?.Trim(), Expected = expected ?? false };

    /// <summary>Words or an expectation given for a date that is not: refused, so nothing the curator sent is dropped.</summary>
    static PartialDate? NoValue(string? text, bool? expected, string field, List<CurationProblem> problems)
    {
        if (text is not null || expected is true) problems.Add(new(field, $"is required when {field}Text or {field}Expected is given: {PartialDate.Forms}"));
        return null;
    }

    static Amount? AmountOf(AmountInput? input, List<CurationProblem> problems)
    {
        if (input is null) return null;
        if (input.Value is null) problems.Add(new("amount.value", "is required: the figure"));
        if (string.IsNullOrWhiteSpace(input.Unit)) problems.Add(new("amount.unit", "is required: a currency code (USD, CAD) or a unit (percent, companies, tonnes)"));
        var qualifier = AmountQualifier.Exactly;
        if (input.Qualifier is { } q && !Amounts.TryParseQualifier(q.Trim(), out qualifier))
            problems.Add(new("amount.qualifier", $"'{q}' is not allowed; use one of: {string.Join(", ", Amounts.Qualifiers.Select(x => x.Name()))}"));
        Text(input.Basis, "amount.basis", CurationLimits.ShortField, problems);
        Text(input.Text, "amount.text", CurationLimits.ShortField, problems);
        var date = Date(input.Date, "amount.date", problems);
        if (input.Value is not { } value || string.IsNullOrWhiteSpace(input.Unit)) return null;
        return new Amount { Value = value, Unit = input.Unit.Trim(), Qualifier = qualifier, Basis = Clean(input.Basis), Date = date, Text = Clean(input.Text) };
    }

    static CurationPlan? PlanRetract(RetractRelation c, ICurationLookup graph, string actor, DateTimeOffset at, List<CurationProblem> problems)
    {
        Text(c.Reason, "reason", CurationLimits.Note, problems, required: true);
        var before = graph.Relation(c.Id);
        if (before is null) { problems.Add(new("id", $"'{c.Id}' is not a relation in the graph")); return null; }
        if (before.Retraction is not null) problems.Add(new("id", $"'{c.Id}' is already retracted"));
        return new CurationPlan(c) { RelationBefore = before, RelationAfter = before with { Retraction = new Retraction(c.Reason?.Trim() ?? "", actor, at) } };
    }

    static Entity ApplyFields(Entity entity, EntityFieldsInput f, ICurationLookup graph, List<CurationProblem> problems)
    {
        CheckFields(f, entity.Kind, graph, problems);
        if (entity.Date is null && f.Date is null && (f.DateText is not null || f.DateRole is not null || f.DateExpected is not null))
            problems.Add(new("fields.date", $"is required when dateText, dateRole or dateExpected is given: {PartialDate.Forms}"));
        return entity with
        {
            Name = f.Name?.Trim() ?? entity.Name,
            Aliases = f.Aliases?.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList() ?? entity.Aliases,
            Description = f.Description?.Trim() ?? entity.Description,
            Type = Clean(f.Type) ?? entity.Type,
            Status = Clean(f.Status) ?? entity.Status,
            Country = Clean(f.Country) ?? entity.Country,
            Iso = Clean(f.Iso) ?? entity.Iso,
            Symbol = Clean(f.Symbol) ?? entity.Symbol,
            Place = Clean(f.Place) ?? entity.Place,
            Date = DateOf(f, entity.Date),
            Dates = f.Dates?.Select(d => PartialDate.TryParse(d.Value, out var v) ? v.Value with
            {
                Role = DateRoles.TryParse(d.Role?.Trim() ?? "", out var role) ? role : null,
                Text = Clean(d.Text),
                Expected = d.Expected ?? false,
            } : default).ToList() ?? entity.Dates,
        };
    }

    /// <summary>The entity's date after the change: a new value, or the old one with new words, role or expectation.</summary>
    static PartialDate? DateOf(EntityFieldsInput f, PartialDate? before)
    {
        var date = f.Date is not null && PartialDate.TryParse(f.Date, out var d) ? d.Value : before;
        if (date is not { } value) return null;
        if (f.Date is not null && f.DateText is null && f.DateExpected is null && f.DateRole is null) return value;
        return value with
        {
            Text = f.DateText is null ? value.Text : Clean(f.DateText),
            Expected = f.DateExpected ?? value.Expected,
            Role = f.DateRole is null ? value.Role : DateRoles.TryParse(f.DateRole.Trim(), out var role) ? role : null,
        };
    }

    static void CheckFields(EntityFieldsInput f, EntityKind kind, ICurationLookup graph, List<CurationProblem> problems)
    {
        var allowed = EntityFields.Optional[kind];
        void Only(string field, string? value)
        {
            if (value is not null && !allowed.Contains(field)) problems.Add(new($"fields.{field}", $"{kind.WithArticle()} has no {field}; allowed: {string.Join(", ", allowed.Order())}"));
        }
        Only("type", f.Type); Only("status", f.Status); Only("country", f.Country); Only("iso", f.Iso);
        Only("symbol", f.Symbol); Only("place", f.Place); Only("date", f.Date);
        Text(f.Name, "fields.name", CurationLimits.Name, problems);
        Text(f.Description, "fields.description", CurationLimits.Description, problems);
        Text(f.Place, "fields.place", CurationLimits.ShortField, problems);
        Text(f.Iso, "fields.iso", CurationLimits.ShortField, problems);
        Text(f.Symbol, "fields.symbol", CurationLimits.ShortField, problems);
        if (f.Aliases is { } aliases)
        {
            if (aliases.Count > CurationLimits.Aliases) problems.Add(new("fields.aliases", $"has {aliases.Count} items; at most {CurationLimits.Aliases} allowed"));
            for (var i = 0; i < aliases.Count; i++) Text(aliases[i], $"fields.aliases[{i}]", CurationLimits.Alias, problems);
        }
        if (f.Type is { } type && EntityFields.Types.TryGetValue(kind, out var types) && !types.Contains(type))
            problems.Add(new("fields.type", $"'{type}' is not allowed; use one of: {string.Join(", ", types)}"));
        if (f.Status is { } status && !EntityFields.Statuses.Contains(status))
            problems.Add(new("fields.status", $"'{status}' is not allowed; use one of: {string.Join(", ", EntityFields.Statuses)}"));
        if (f.Country is { } country && graph.Entity(country) is not { Kind: EntityKind.Government })
            problems.Add(new("fields.country", $"'{country}' is not a government in the graph"));
        Date(f.Date, "fields.date", problems);
        Only("date", f.DateRole ?? f.DateText ?? (f.DateExpected is null ? null : "expected"));
        Only("dates", f.Dates is null ? null : "dates");
        Text(f.DateText, "fields.dateText", CurationLimits.ShortField, problems);
        Role(f.DateRole, "fields.dateRole", problems);
        if (f.Dates is { } dates)
        {
            if (dates.Count > CurationLimits.Evidence) problems.Add(new("fields.dates", $"has {dates.Count} items; at most {CurationLimits.Evidence} allowed"));
            for (var i = 0; i < dates.Count; i++)
            {
                var field = $"fields.dates[{i}]";
                if (dates[i].Value is null) problems.Add(new($"{field}.value", $"is required: {PartialDate.Forms}"));
                else Date(dates[i].Value, $"{field}.value", problems);
                if (dates[i].Role is null) problems.Add(new($"{field}.role", $"is required: one of {DateRoles.Listed}"));
                else Role(dates[i].Role, $"{field}.role", problems);
                Text(dates[i].Text, $"{field}.text", CurationLimits.ShortField, problems);
            }
        }
    }

    static void Role(string? role, string field, List<CurationProblem> problems)
    {
        if (role is not null && !DateRoles.TryParse(role.Trim(), out _))
            problems.Add(new(field, $"'{role}' is not a date role; use one of: {DateRoles.Listed}"));
    }

    static List<Evidence> EvidenceItems(IReadOnlyList<EvidenceInput>? items, ICurationLookup graph, List<CurationProblem> problems)
    {
        var result = new List<Evidence>();
        if (items is null || items.Count == 0)
        {
            problems.Add(new("evidence", "a relation needs at least one evidence item (source + quote)"));
            return result;
        }
        if (items.Count > CurationLimits.Evidence) problems.Add(new("evidence", $"has {items.Count} items; at most {CurationLimits.Evidence} allowed"));
        for (var i = 0; i < items.Count; i++)
        {
            var (sourceId, quote, locator, reportedBy) = items[i];
            var field = $"evidence[{i}]";
            var source = sourceId is null ? null : graph.Entity(sourceId);
            if (sourceId is null) problems.Add(new($"{field}.source", "is required"));
            else if (source is not { Kind: EntityKind.Source }) problems.Add(new($"{field}.source", $"'{sourceId}' is not a source in the graph"));
            var quoteOk = Text(quote, $"{field}.quote", CurationLimits.Quote, problems, required: true) is not null;
            Text(locator, $"{field}.locator", CurationLimits.ShortField, problems);
            Text(reportedBy, $"{field}.reportedBy", CurationLimits.ShortField, problems);
            if (quoteOk && CuratedQuote.LengthProblem(quote!) is { } tooShort)
            {
                problems.Add(new($"{field}.quote", tooShort));
                quoteOk = false;
            }
            if (source is { Kind: EntityKind.Source })
            {
                // A quote nobody can check is no evidence: the source's text must be held (graph-seed's documents, or
                // the text given with addSource).
                if (graph.NormalisedSourceText(source.Id) is not { } text)
                    problems.Add(new($"{field}.source", $"the graph holds no text of {source.Id}, so no quote from it can be checked: " +
                                                        "cite a source whose text it holds, or add the document with its text (addSource with text)"));
                else if (quoteOk && CuratedQuote.TextProblem(quote!, text, source.Id) is { } unsupported)
                    problems.Add(new($"{field}.quote", unsupported));
            }
            if (source is not null && quoteOk) result.Add(new Evidence(source.Id, quote!.Trim(), Clean(locator)) { Source = source, ReportedBy = Clean(reportedBy) });
        }
        return result;
    }

    static EntityKind? NewId(string? id, string field, EntityKind? expected, ICurationLookup graph, List<CurationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(id)) { problems.Add(new(field, "is required")); return null; }
        if (!Ids.IsWellFormed(id)) { problems.Add(new(field, $"'{id}' is not of the form kind/slug in lower-case ASCII")); return null; }
        if (EntityKinds.OfId(id) is not { } kind) { problems.Add(new(field, $"'{id}' does not start with a known kind")); return null; }
        if (expected is { } e && kind != e) { problems.Add(new(field, $"'{id}' must start with {e.Prefix()}/")); return null; }
        if (graph.Entity(id) is not null) problems.Add(new(field, $"'{id}' already exists"));
        return kind;
    }

    static Entity? End(string? id, string field, ICurationLookup graph, List<CurationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(id)) { problems.Add(new(field, "is required")); return null; }
        var entity = graph.Entity(id);
        if (entity is null) problems.Add(new(field, $"'{id}' is not an entity in the graph"));
        return entity;
    }

    static PartialDate? Date(string? text, string field, List<CurationProblem> problems)
    {
        if (text is null) return null;
        if (PartialDate.TryParse(text, out var date)) return date;
        problems.Add(new(field, $"'{text}' is not a valid date; {PartialDate.Forms}"));
        return null;
    }

    static string? Text(string? value, string field, int max, List<CurationProblem> problems, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) problems.Add(new(field, "is required"));
            return null;
        }
        if (value.Length > max) { problems.Add(new(field, $"is {value.Length} characters long; at most {max} allowed")); return null; }
        return value;
    }

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary><c>rel/member-of-canada-msp</c>, numbered when taken.</summary>
    static string NewRelationId(RelationKind kind, string from, string to, ICurationLookup graph)
    {
        static string Slug(string id) => id[(id.IndexOf('/') + 1)..];
        var stem = $"{Ids.RelationPrefix}{kind.Name().ToLowerInvariant().Replace('_', '-')}-{Slug(from)}-{Slug(to)}";
        if (stem.Length > 180) stem = stem[..180].TrimEnd('-');
        var id = stem;
        for (var n = 2; graph.Relation(id) is not null; n++) id = $"{stem}-{n}";
        return id;
    }
}
