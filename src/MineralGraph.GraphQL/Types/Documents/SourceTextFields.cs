using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Loading;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Documents;

/// <summary>A source's held text and its citations (<see cref="HeldSource"/>), loaded for all sources of a level in one store call.</summary>
static class SourceTextFields
{
    public static void Add(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<HeldTextKindEnum>>("textKind")
            .Description("Which text the project holds for this source: DOCUMENT (the whole article), PASSAGES (passages of an outside page around each quote) or NONE.")
            .Resolve(c => Held(c).Then(h => h.Kind));
        type.Field<IntGraphType>("textLength").Description("How many characters the held text has; null when none is held.")
            .Resolve(c => Held(c).Then(h => h.Text?.Length));
        type.Field<StringGraphType>("text")
            .Description("The held text as served (offsets in `citations` count in it), or a slice of it; null when no text is held. Passages are separated by a line holding ¶. " +
                         $"A slice holds at most {QueryCaps.TextSlice:N0} characters: page through a longer text with `offset` (`textLength` says how long it is).")
            .Argument<IntGraphType>("offset", "Where the slice starts, 0 to `textLength` (UTF-16 code units, as JavaScript counts).", a => a.DefaultValue = 0)
            .Argument<IntGraphType>("length", $"How many characters to return, 0 to {QueryCaps.TextSlice:N0}; to the end of the text (or the cap) when omitted.")
            .Resolve(Text);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationGraphType>>>>("citations")
            .Description("Where each quote citing this source stands in `text`, in text order.")
            .Resolve(c =>
            {
                var on = c.Graph().Today;
                return Held(c).Then(h => h.Citations.Select(x => new At<Citation>(x, on)).ToList());
            });
    }

    static IDataLoaderResult<HeldSource> Held(IResolveFieldContext<Entity> context) =>
        context.Graph().HeldSources.Load(context.Source.Id).Then(h => h ?? new HeldSource(context.Source.Id, HeldTextKind.None, null, []));

    static object? Text(IResolveFieldContext<Entity> context)
    {
        var offset = context.GetArgument("offset", 0);
        var length = context.GetArgument<int?>("length");
        if (offset < 0) throw GraphErrors.BadInput($"offset: must be 0 or more, not {offset}.");
        if (length is < 0 or > QueryCaps.TextSlice) throw GraphErrors.BadInput($"length: must be 0 to {QueryCaps.TextSlice}, not {length}.");
        return Held(context).Then(h =>
        {
            if (h.Text is not { } text) return null;
            if (offset > text.Length) throw GraphErrors.BadInput($"offset: {offset} is past the end of the text ({text.Length} characters).");
            var take = Math.Min(length ?? QueryCaps.TextSlice, text.Length - offset);
            return offset == 0 && take == text.Length ? text : text.Substring(offset, take);
        });
    }
}

public sealed class HeldTextKindEnum : EnumerationGraphType
{
    public HeldTextKindEnum()
    {
        Name = "HeldTextKind";
        Description = "Which text the project holds for a source.";
        Add("DOCUMENT", HeldTextKind.Document, "The whole document: a graph-seed article, or the full text a curator gave.");
        Add("PASSAGES", HeldTextKind.Passages, "Passages of an outside page around each quote taken from it, separated by a line holding ¶.");
        Add("NONE", HeldTextKind.None, "No text is held: quotes can be read only alone.");
    }
}

public sealed class CitationGraphType : ObjectGraphType<At<Citation>>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Description = "Where a quote stands in its source's held text, with the relation it supports.";
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The quote as the evidence gives it.").Resolve(c => c.Source.Value.Quote);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation the quote supports.")
            .Resolve(c => new At<Relation>(c.Source.Value.Relation, c.Source.On));
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the first character of the passage in `text` (0-based, UTF-16 code units as JavaScript counts).")
            .Resolve(c => c.Source.Value.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Offset just after the last character (exclusive).").Resolve(c => c.Source.Value.End);
    }
}
