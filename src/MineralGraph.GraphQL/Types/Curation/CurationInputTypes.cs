using GraphQL.Types;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Curation;

/// <summary>
/// The inputs of the curation mutations. Values stay strings where the curation rules check them (dates, types,
/// statuses), so that every problem comes back at once against the field it is in.
/// </summary>
public sealed class AddSourceInputType : InputObjectGraphType<AddSource>
{
    public AddSourceInputType()
    {
        Name = "AddSourceInput";
        Description = "A document the graph can cite: its metadata and its full text (quotes citing it are checked against it; without the text, curated relations cannot cite it).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("source/ and a slug in lower-case ASCII (source/reuters-2026-03-lithium-deal); must be new.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's title.");
        Field<StringGraphType>("publisher").Description("Who published it (Reuters, Government of Canada).");
        Field<StringGraphType>("author").Description("Who wrote it, when known.");
        Field<StringGraphType>("date").Description("When it was published: YYYY, YYYY-MM or YYYY-MM-DD.");
        Field<StringGraphType>("url").Description("Where to read it: an absolute http(s) URL.");
        Field<StringGraphType>("description").Description("A sentence on what the document is.");
        Field<StringGraphType>("text").Description($"The full text, at most {CurationLimits.SourceText:N0} characters (send it in a variable). " +
                                                   "Quotes citing this source are checked against it; a source added without its text cannot be cited by curated relations.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AddSource(InputValues.Text(value, "id") ?? "", InputValues.Text(value, "title") ?? "")
        {
            Publisher = InputValues.Text(value, "publisher"),
            Author = InputValues.Text(value, "author"),
            Date = InputValues.Text(value, "date"),
            Url = InputValues.Text(value, "url"),
            Description = InputValues.Text(value, "description"),
            Text = InputValues.Text(value, "text"),
        };
}

public sealed class EntityFieldsInputType : InputObjectGraphType<EntityFieldsInput>
{
    public EntityFieldsInputType()
    {
        Name = "EntityFieldsInput";
        Description = "An entity's fields. On createEntity, `name` is required; on updateEntity, fields left out stay as they are. " +
                      "Which optional fields a kind has is in graph-seed/README.md (a mineral has a symbol, a government an iso code …).";
        Field<StringGraphType>("name").Description("The usual name.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("Other names, acronyms and spellings; replaces the whole list when given.");
        Field<StringGraphType>("description").Description("One or two plain sentences on what this is.");
        Field<StringGraphType>("type").Description("The kind's type, as the schema's enum names it in lower case (country, trade-agreement, export-control …).");
        Field<StringGraphType>("status").Description("For agreements, projects and measures: proposal, in-force, active, ended …");
        Field<IdGraphType>("country").Description("The government the entity belongs to (government/canada).");
        Field<StringGraphType>("iso").Description("A government's ISO 3166-1 alpha-2 code.");
        Field<StringGraphType>("symbol").Description("A mineral's chemical symbol.");
        Field<StringGraphType>("place").Description("Where an event took place or a project is.");
        Field<StringGraphType>("date").Description("An event's, agreement's or measure's date: YYYY, YYYY-MM, YYYY-MM-DD, a period A/B of two of those (2026-07-01/2026-12-31), or XXXX-MM for a month whose year the source does not give.");
        Field<StringGraphType>("dateRole").Description("What `date` is the date of: announced, signed, launched, in-force, held, published, suspended, suspension-ends or ended.");
        Field<StringGraphType>("dateText").Description("The source's own words for `date` (\"second half of 2026\").");
        Field<BooleanGraphType>("dateExpected").Description("True when the source gives `date` as still to come.");
        Field<ListGraphType<NonNullGraphType<DateInputType>>>("dates").Description("Further dated steps of an agreement, event or measure, each with its role; replaces the whole list when given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EntityFieldsInput
    {
        Name = InputValues.Text(value, "name"),
        Aliases = InputValues.Texts(value, "aliases"),
        Description = InputValues.Text(value, "description"),
        Type = InputValues.Text(value, "type"),
        Status = InputValues.Text(value, "status"),
        Country = InputValues.Text(value, "country"),
        Iso = InputValues.Text(value, "iso"),
        Symbol = InputValues.Text(value, "symbol"),
        Place = InputValues.Text(value, "place"),
        Date = InputValues.Text(value, "date"),
        DateRole = InputValues.Text(value, "dateRole"),
        DateText = InputValues.Text(value, "dateText"),
        DateExpected = InputValues.Bool(value, "dateExpected"),
        Dates = value.TryGetValue("dates", out var dates) && dates is IEnumerable<object?> items ? items.OfType<DateInput>().ToList() : null,
    };
}

public sealed class DateInputType : InputObjectGraphType<DateInput>
{
    public DateInputType()
    {
        Name = "DateInput";
        Description = "A dated step: its value, what it is the date of, the source's words, and whether it is still to come.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("YYYY, YYYY-MM, YYYY-MM-DD, a period A/B of two of those, or XXXX-MM.");
        Field<NonNullGraphType<StringGraphType>>("role").Description("announced, signed, launched, in-force, held, published, suspended, suspension-ends or ended.");
        Field<StringGraphType>("text").Description("The source's own words for the date.");
        Field<BooleanGraphType>("expected").Description("True when the source gives the date as still to come.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new DateInput(InputValues.Text(value, "value"), InputValues.Text(value, "role"), InputValues.Text(value, "text"), InputValues.Bool(value, "expected"));
}

public sealed class AmountInputType : InputObjectGraphType<AmountInput>
{
    public AmountInputType()
    {
        Name = "AmountInput";
        Description = "A figure the evidence gives for the tie; only FUNDS, OWNS, PRODUCES, PROCESSES, REFINES, HOLDS_RESERVES, TOOK_PART_IN, MEMBER_OF, AFFECTS and DOMINATES take one, and a denied claim none.";
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The figure, not negative (70000000 for \"$70 million\").");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("Required: a currency code (USD, CAD) or a unit in lower-case words joined by '-' (percent, companies, tonnes-per-month).");
        Field<StringGraphType>("qualifier").Description("How the source hedges it: exactly (the default), about, more-than or up-to.");
        Field<StringGraphType>("basis").Description("What the figure counts, where that matters (\"contained metal\").");
        Field<StringGraphType>("date").Description("The day or period the figure refers to (YYYY, YYYY-MM, YYYY-MM-DD or A/B).");
        Field<StringGraphType>("text").Description("The source's own words for the figure; they must stand in one of the evidence quotes.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AmountInput
    {
        Value = value.TryGetValue("value", out var v) && v is not null ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : null,
        Unit = InputValues.Text(value, "unit"),
        Qualifier = InputValues.Text(value, "qualifier"),
        Basis = InputValues.Text(value, "basis"),
        Date = InputValues.Text(value, "date"),
        Text = InputValues.Text(value, "text"),
    };
}

public sealed class EvidenceInputType : InputObjectGraphType<EvidenceInput>
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Description = "Why a relation holds: a source in the graph and the exact words in it.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The source's id (source/…); add new documents with addSource first.");
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The supporting words, verbatim: at least 5 words or 25 characters, whole words found in the source's text " +
                                                                     "(which the graph must hold), and not cut just after a negation such as 'not' or 'never'.");
        Field<StringGraphType>("locator").Description("Where in the document the quote is (paragraph 4, page 12).");
        Field<StringGraphType>("reportedBy").Description("Who the document attributes the words to (\"according to Reuters\": Reuters), when it does.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new EvidenceInput(InputValues.Text(value, "source"), InputValues.Text(value, "quote"), InputValues.Text(value, "locator"), InputValues.Text(value, "reportedBy"));
}

public sealed class AssertRelationInputType : InputObjectGraphType<AssertRelation>
{
    public AssertRelationInputType()
    {
        Name = "AssertRelationInput";
        Description = "A new tie between two entities, with at least one evidence item. The kind must fit its ends (a mineral cannot be a MEMBER_OF anything).";
        Field<IdGraphType>("id").Description("rel/ and a slug; made from the kind and the ends when left out.");
        Field<NonNullGraphType<RelationKindEnum>>("kind").Description("How `from` is tied to `to`.");
        Field<NonNullGraphType<IdGraphType>>("from").Description("The entity the relation starts from.");
        Field<NonNullGraphType<IdGraphType>>("to").Description("The entity the relation points to.");
        Field<StringGraphType>("role").Description("The role, title or capacity in words.");
        Field<StringGraphType>("since").Description("When the tie began: YYYY, YYYY-MM, YYYY-MM-DD, a period A/B of two of those, or XXXX-MM.");
        Field<StringGraphType>("sinceText").Description("The source's own words for `since`; they must stand in one of the evidence quotes.");
        Field<BooleanGraphType>("sinceExpected").Description("True when the source gives the tie's start as still to come: the tie then holds on no day asOf asks about.");
        Field<StringGraphType>("until").Description("When the tie ended; must not be before `since`.");
        Field<StringGraphType>("untilText").Description("The source's own words for `until`; they must stand in one of the evidence quotes.");
        Field<BooleanGraphType>("untilExpected").Description("True when the source gives the tie's end as still to come.");
        Field<BooleanGraphType>("current").Description("Whether the tie still holds; leave out when the sources do not settle it.");
        Field<StringGraphType>("note").Description("A sentence for the reader: a caveat, how the tie was inferred.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("disputedBy").Description("Relations that conflict with this one; both are kept, each marked as disputing the other. Claims of the same tie that this one denies (or that deny it) are added without being listed.");
        Field<BooleanGraphType>("denied").Description("True when the evidence says the tie does NOT hold; it needs evidence like any other claim, and is never followed as a tie.");
        Field<AmountInputType>("amount").Description("A figure the evidence gives for the tie; it needs a unit.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceInputType>>>>("evidence")
            .Description($"One to {CurationLimits.Evidence} citations; a relation without evidence is refused.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AssertRelation
    {
        Id = InputValues.Text(value, "id"),
        Kind = value.TryGetValue("kind", out var kind) && kind is RelationKind k ? k.Name() : InputValues.Text(value, "kind"),
        From = InputValues.Text(value, "from"),
        To = InputValues.Text(value, "to"),
        Role = InputValues.Text(value, "role"),
        Since = InputValues.Text(value, "since"),
        SinceText = InputValues.Text(value, "sinceText"),
        SinceExpected = InputValues.Bool(value, "sinceExpected"),
        Until = InputValues.Text(value, "until"),
        UntilText = InputValues.Text(value, "untilText"),
        UntilExpected = InputValues.Bool(value, "untilExpected"),
        Denied = InputValues.Bool(value, "denied"),
        Amount = value.TryGetValue("amount", out var amount) ? amount as AmountInput : null,
        Current = value.TryGetValue("current", out var current) && current is bool b ? (b ? "true" : "false") : null,
        Note = InputValues.Text(value, "note"),
        DisputedBy = InputValues.Texts(value, "disputedBy"),
        Evidence = value.TryGetValue("evidence", out var evidence) && evidence is IEnumerable<object?> items ? items.OfType<EvidenceInput>().ToList() : null,
    };
}

/// <summary>Reads parsed input-object values.</summary>
static class InputValues
{
    public static string? Text(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) ? v?.ToString() : null;

    public static bool? Bool(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is bool b ? b : null;

    public static IReadOnlyList<string>? Texts(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is IEnumerable<object?> items ? items.Select(i => i?.ToString() ?? "").ToList() : null;
}
