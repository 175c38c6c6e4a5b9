using GraphQL;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Live;

namespace MineralGraph.GraphQL.Resolvers;

static class LiveResolvers
{
    /// <summary>
    /// Checks the subscription's arguments against the change log before the stream opens (so a bad one ends it at
    /// once with the argument named) and returns the changes as they come.
    /// </summary>
    public static async Task<IObservable<object?>> GraphChangedAsync(IResolveFieldContext context)
    {
        var graph = context.Graph();
        if (graph.Live is not { } live)
            throw new ExecutionError("Subscriptions are served over server-sent events: send this request with `Accept: text/event-stream`.") { Code = LiveErrorCodes.NeedsEventStream };
        if (graph.Curation is not { } curation || live.FanOut is null) throw CurationErrors.Disabled(graph.CurationOffReason);

        var ids = context.GetArgument<List<string>?>("ids");
        if (ids is { Count: 0 }) throw GraphErrors.BadInput("ids: give at least one id, or leave ids out to hear every change.");
        if (ids is not null)
        {
            ids = [.. ids.Distinct(StringComparer.Ordinal)];
            if (ids.Count > live.MaxIds)
                throw GraphErrors.BadInput($"ids: a subscription watches at most {live.MaxIds} ids (Subscriptions:MaxIds); {ids.Count} were given.");
        }
        long? since = live.LastEventId ?? context.GetArgument<int?>("since");
        var sinceName = live.LastEventId is null ? "since" : "Last-Event-ID";
        if (since < 0) throw GraphErrors.BadInput($"{sinceName}: {since} is not a change sequence; give 0 or more.");

        var latest = await curation.LatestSequenceAsync(context.CancellationToken);
        if (since > latest)
            throw GraphErrors.BadInput($"{sinceName}: {since} is after the latest change, {latest}; give a sequence this server has handed out.");
        if (ids is not null)
        {
            try
            {
                // An empty read names the ids no entity or relation ever had.
                await curation.ChangesAsync(new ChangesQuery(latest, ids, First: 1), context.CancellationToken);
            }
            catch (UnknownIdsException unknown)
            {
                throw new ExecutionError(unknown.Message) { Code = ErrorCodes.NotFound };
            }
        }
        // Without since, "from now" is the store's latest change, read here: the fan-out's position is where it has
        // read to, which a new subscriber need not wait for.
        // IObservable is covariant: a stream of changes is a stream of objects.
        return new ChangeFeed(live, ids, since ?? latest);
    }
}
