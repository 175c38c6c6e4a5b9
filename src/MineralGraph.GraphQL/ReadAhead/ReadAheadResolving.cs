using GraphQL;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.GraphQL.Resolvers;

namespace MineralGraph.GraphQL.ReadAhead;

/// <summary>How a root field reads: its value and, in the same store call, what its selection needs below it.</summary>
static class ReadAheadResolving
{
    /// <summary>
    /// The value of <paramref name="root"/>. What the field's selection will ask of the loaders below it (relations,
    /// ends, countries, disputing claims) is read with it and primed into the request's loaders, which then answer
    /// those keys without another store call; a selection that needs nothing below reads the root alone.
    /// </summary>
    public static async Task<T> ReadAsync<T>(this IResolveFieldContext context, RootRead<T> root)
    {
        var graph = context.Graph();
        var needs = SelectionNeeds.Of(context);
        if (needs.IsEmpty) return await root.RunAsync(graph.Store, context.CancellationToken);
        var read = await graph.Store.ReadAsync(root, needs, context.CancellationToken);
        graph.Prime(read.Ahead);
        return read.Value;
    }
}
