using System.Globalization;
using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// Every response says how many round trips to its database the store made for the request, in
/// <c>MineralGraph-Store-Round-Trips</c> (HTTP requests to Neo4j; always 0 on the embedded store), counted with
/// the domain's <see cref="RoundTripCounter"/>. A GraphQL root field is meant to be one
/// round trip; the load driver in bench/ prints this header per request so a regression shows in every run.
/// </summary>
public static class StoreRoundTrips
{
    public const string Header = "MineralGraph-Store-Round-Trips";

    public static IApplicationBuilder UseStoreRoundTrips(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            // Async, so the counter set here is visible below and gone once the request ends.
            var counter = RoundTripCounter.Begin();
            // Headers go out when the body starts, which the endpoints do only after the store answered.
            context.Response.OnStarting(static state =>
            {
                var (response, roundTrips) = ((HttpResponse, RoundTripCounter))state;
                response.Headers[Header] = roundTrips.Count.ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            }, (context.Response, counter));
            await next(context);
        });
}
