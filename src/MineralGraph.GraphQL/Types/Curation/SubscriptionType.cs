using GraphQL.Types;
using MineralGraph.GraphQL.Resolvers;

namespace MineralGraph.GraphQL.Types.Curation;

/// <summary>
/// Live changes, served over server-sent events (GraphQL over SSE, distinct connections: POST or GET /graphql with
/// <c>Accept: text/event-stream</c>). The work is in <see cref="LiveResolvers"/>.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Changes as curators make them, pushed over server-sent events: send the subscription to /graphql with " +
                      "`Accept: text/event-stream`. Each change is a `next` event whose id is the change's sequence; reconnect with " +
                      "`Last-Event-ID` (or `since`) to resume with nothing missed and nothing twice.";

        Field<NonNullGraphType<ChangeGraphType>>("graphChanged")
            .Description("Each change to the graph from now on (or after `since`), oldest first, touching the given ids when given: " +
                         "a change to a relation counts for both its ends, and an entity merged into a watched one stays watched. " +
                         "Unknown ids end the stream with a NOT_FOUND error naming them; a `since` after the latest change is BAD_USER_INPUT.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids",
                "The entities or relations to watch, at most Subscriptions:MaxIds (20 unless the server says otherwise); every change when omitted.")
            .Argument<IntGraphType>("since",
                "Send the changes after this sequence first (0: the whole log), then the live ones. The Last-Event-ID header, when sent, takes its place.")
            .ResolveStreamAsync(LiveResolvers.GraphChangedAsync);
    }
}
