using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Types;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Relations;
using MineralGraph.GraphQL.Types.Traversal;

namespace MineralGraph.GraphQL.ReadAhead;

/// <summary>
/// What a root field's selection will read below the entities and relations its resolver returns: walks the
/// selection set as the executor will (fragments, inline fragments, @skip/@include with the request's variables,
/// aliases with their own arguments) and records, at each entity, the <c>relations(…)</c> pages (built by
/// <see cref="RelationPageQuery"/>, as the resolver builds them) and <c>country</c>; at each relation, its ends,
/// <c>disputedBy</c> and what lies below its evidence's sources. Fields of other types are passed through: an
/// entity or relation anywhere inside them (a path's nodes, a neighbourhood's edges, an alliance's members, a page's
/// <c>other</c> end) is a position too. Type conditions are not narrowed: a field asked only <c>... on Agreement</c>
/// is read for every entity at that position (more than needed, never less).
/// </summary>
sealed class SelectionNeeds
{
    /// <summary>Positions one root field reads ahead at most (see <see cref="NeedsBudget"/>).</summary>
    public const int MaxPositions = 256;

    readonly IResolveFieldContext context;
    readonly NeedsBudget budget = new(MaxPositions);
    Dictionary<string, GraphQLFragmentDefinition>? fragments;

    SelectionNeeds(IResolveFieldContext context) => this.context = context;

    /// <summary>The needs below the value <paramref name="context"/>'s field resolves to.</summary>
    public static ReadNeeds Of(IResolveFieldContext context)
    {
        if (context.FieldAst.SelectionSet is not { } selections) return ReadNeeds.Nothing;
        var walker = new SelectionNeeds(context);
        var entities = new EntityNeedsBuilder(walker.budget);
        var relations = new RelationNeedsBuilder(walker.budget);
        walker.Field(selections, context.FieldDefinition.ResolvedType!.GetNamedType(), new Slots(() => entities, () => relations));
        return new ReadNeeds(entities.Build(), relations.Build());
    }

    /// <summary>Where the entities and relations met inside a pass-through type go (null: nowhere).</summary>
    readonly record struct Slots(Func<EntityNeedsBuilder?> Entity, Func<RelationNeedsBuilder?> Relation);

    /// <summary>A field's selection set, by what its type is: an entity, a relation, or a type passed through.</summary>
    void Field(GraphQLSelectionSet set, IGraphType type, Slots slots)
    {
        if (IsEntity(type))
        {
            if (slots.Entity() is { } entity) Each(set, type, (field, definition) => Entity(field, definition, entity));
        }
        else if (IsRelation(type))
        {
            if (slots.Relation() is { } relation) Each(set, type, (field, definition) => Relation(field, definition, relation));
        }
        else
        {
            Each(set, type, (field, definition) =>
            {
                if (field.SelectionSet is { } inner) Field(inner, definition.ResolvedType!.GetNamedType(), slots);
            });
        }
    }

    void Entity(GraphQLField field, FieldType definition, EntityNeedsBuilder entity)
    {
        if (field.SelectionSet is not { } inner) return;
        var name = field.Name.Value;
        if (name == "relations")
        {
            var query = RelationPageQuery.From("", definition, ArgumentsOf(field, definition), Selects(inner, "totalCount"), out _);
            // A bad cursor is the resolver's to report.
            if (query is not null && entity.Page(query) is { } page)
                Field(inner, definition.ResolvedType!.GetNamedType(), new Slots(page.Other, () => page.Items));
        }
        else if (name == "country")
        {
            Field(inner, definition.ResolvedType!.GetNamedType(), new Slots(entity.Country, () => null));
        }
    }

    void Relation(GraphQLField field, FieldType definition, RelationNeedsBuilder relation)
    {
        if (field.SelectionSet is not { } inner) return;
        var type = definition.ResolvedType!.GetNamedType();
        switch (field.Name.Value.ToString())
        {
            case "from": Field(inner, type, new Slots(relation.From, () => null)); break;
            case "to": Field(inner, type, new Slots(relation.To, () => null)); break;
            case "disputedBy": Field(inner, type, new Slots(() => null, relation.DisputedBy)); break;
            case "relation": Field(inner, type, new Slots(() => null, () => relation)); break; // a neighbourhood edge's relation is the edge
            case "evidence": Field(inner, type, new Slots(relation.Sources, () => null)); break;
        }
    }

    /// <summary>Calls <paramref name="visit"/> for each field the executor will resolve in <paramref name="set"/>, fragments expanded.</summary>
    void Each(GraphQLSelectionSet set, IGraphType type, Action<GraphQLField, FieldType> visit)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when Included(field):
                    if ((type as IComplexGraphType)?.GetField(field.Name.Value) is { } definition) visit(field, definition);
                    break;
                case GraphQLInlineFragment inline when Included(inline):
                    Each(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? type, visit);
                    break;
                case GraphQLFragmentSpread spread when Included(spread) && Fragment(spread) is { } fragment:
                    Each(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? type, visit);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="set"/> selects a field named <paramref name="name"/> (what the resolver's <c>Selects</c> sees).</summary>
    bool Selects(GraphQLSelectionSet set, string name)
    {
        var found = false;
        Each(set, context.Schema.AllTypes["RelationConnection"]!, (field, _) => found |= field.Name.Value == name);
        return found;
    }

    /// <summary>The argument values the resolver will see: as validated with the request's variables, or the field's defaults.</summary>
    IDictionary<string, ArgumentValue>? ArgumentsOf(GraphQLField field, FieldType definition) =>
        context.ExecutionContext.ArgumentValues?.TryGetValue(field, out var values) == true ? values : FieldArguments.Defaults(definition);

    GraphQLFragmentDefinition? Fragment(GraphQLFragmentSpread spread)
    {
        fragments ??= context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.Value.ToString()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return fragments.GetValueOrDefault(spread.FragmentName.Name.Value.ToString());
    }

    IGraphType? TypeOf(GraphQLTypeCondition? condition) => condition is null ? null : context.Schema.AllTypes[condition.Type.Name.Value];

    /// <summary>False when <c>@skip(if: true)</c> or <c>@include(if: false)</c>, with variables read from the request.</summary>
    bool Included(IHasDirectivesNode node)
    {
        if (node.Directives is not { } directives) return true;
        foreach (var directive in directives.Items)
        {
            var name = directive.Name.Value;
            if (name == "skip" && If(directive) == true) return false;
            if (name == "include" && If(directive) == false) return false;
        }
        return true;
    }

    bool? If(GraphQLDirective directive) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
        {
            GraphQLBooleanValue constant => constant.BoolValue,
            GraphQLVariable variable => context.Variables.ValueFor(variable.Name.Value, out var value) ? value.Value as bool? : null,
            _ => null,
        };

    static bool IsEntity(IGraphType type) => type is EntityInterface or EntityGraphType;

    static bool IsRelation(IGraphType type) => type is RelationGraphType or GraphEdgeGraphType;
}
