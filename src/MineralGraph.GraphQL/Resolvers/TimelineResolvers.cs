using GraphQL;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

static class TimelineResolvers
{
    /// <summary>One store call; unknown ids are one NOT_FOUND error naming each, bad arguments BAD_USER_INPUT naming the argument, before any store work.</summary>
    public static async Task<object?> TimelineAsync(IResolveFieldContext<object?> context)
    {
        var ids = context.GetArgument<List<string>?>("ids");
        var query = new TimelineQuery
        {
            Ids = ids,
            From = context.GetArgument<DateOnly?>("from"),
            To = context.GetArgument<DateOnly?>("to"),
            Kinds = context.GetArgument<List<TimelineItemKind>?>("kinds"),
            First = context.GetArgument("first", QueryDefaults.Timeline),
            Offset = context.OffsetAfter(),
        };
        if (QueryArguments.Problem(query) is var (argument, message)) throw GraphErrors.BadInput(message.StartsWith(argument + " ", StringComparison.Ordinal) ? $"{message}." : $"{argument}: {message}.");
        var answer = await context.Store().GetTimelineAsync(query, context.CancellationToken);
        var unknown = answer.Of.Select((e, i) => (e, i)).Where(p => p.e is null).Select(p => $"ids[{p.i}] '{ids![p.i]}'").ToList();
        if (unknown.Count > 0) throw new ExecutionError($"ids: no entity has the id {string.Join(", ", unknown)}.") { Code = ErrorCodes.NotFound };
        return new At<Page<TimelineItem>>(answer.Page, context.Graph().Today);
    }
}
