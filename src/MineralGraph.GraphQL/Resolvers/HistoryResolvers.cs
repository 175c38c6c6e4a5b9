using GraphQL;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Types.Curation;

namespace MineralGraph.GraphQL.Resolvers;

static class HistoryResolvers
{
    /// <summary>A page of the changes that touched an id; empty on a server that keeps no changes (nothing was ever changed).</summary>
    public static async Task<object?> HistoryAsync(IResolveFieldContext<object?> context)
    {
        var first = context.GetArgument("first", QueryDefaults.PageSize);
        var offset = context.OffsetAfter();
        IReadOnlyList<Change> all = context.Graph().Curation is { } curation
            ? await curation.HistoryAsync(context.GetArgument<string>("id"), context.CancellationToken)
            : [];
        var items = all.Skip(offset).Take(first).ToList();
        return new ChangeList(new Page<Change>(items, offset, offset + items.Count < all.Count, all.Count), CursorsBySequence: false);
    }

    /// <summary>
    /// A page of the change log; on a server that keeps no changes, the log is empty (latest 0). Bad arguments are
    /// BAD_USER_INPUT naming the argument; ids that never existed are one NOT_FOUND naming them.
    /// </summary>
    public static async Task<object?> ChangesAsync(IResolveFieldContext<object?> context)
    {
        var query = new ChangesQuery(
            context.GetArgument("since", 0),
            context.GetArgument<List<string>?>("ids"),
            context.GetArgument<List<ChangeOperation>?>("kinds"),
            context.GetArgument("first", QueryDefaults.PageSize),
            context.GetArgument<string?>("after"));
        try
        {
            if (context.Graph().Curation is { } curation) return new ChangeList(await curation.ChangesAsync(query, context.CancellationToken), CursorsBySequence: true);
            QueryArguments.Check(query);
            QueryArguments.CheckSince(query.Since, 0);
            if (query.Ids is { Count: > 0 } ids) throw new UnknownIdsException("ids", ids);
            return new ChangeList(Page<Change>.Empty(includeTotal: true), CursorsBySequence: true);
        }
        catch (UnknownIdsException e)
        {
            throw new ExecutionError($"{e.Message}.") { Code = ErrorCodes.NotFound };
        }
        catch (ArgumentException e)
        {
            throw GraphErrors.BadInput($"{e.ParamName}: {e.Message.Split(" (Parameter", 2)[0]}.");
        }
    }

    public static async Task<object?> LatestSequenceAsync(IResolveFieldContext<object?> context) =>
        context.Graph().Curation is { } curation ? checked((int)await curation.LatestSequenceAsync(context.CancellationToken)) : 0;
}
