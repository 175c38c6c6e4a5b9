using MineralGraph.Server.Hosting;
using MineralGraph.Server.Http;
using MineralGraph.Server.Pages;
using MineralGraph.Store.Neo4j;

// The MineralGraph HTTP server: GraphQL at /graphql (GraphiQL for browsers), /healthz and /readyz.
// Listens where --urls / ASPNETCORE_URLS say; the store is chosen by MINERALGRAPH_STORE or Store:Kind.
var builder = WebApplication.CreateBuilder(args);

var store = builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddMineralGraphApi();
builder.Services.AddCuratorKeys(builder.Configuration);
builder.Services.AddMineralGraphCors(builder.Configuration);
builder.Services.AddRequestIds();
builder.Services.AddMineralGraphRateLimits(builder.Configuration);
builder.Services.AddMineralGraphTelemetry(builder.Configuration); // after the store: it wraps it

var app = builder.Build();

if (store == StoreKind.Neo4j && await app.Services.PrepareNeo4jAsync() is { } problem)
{
    // One clear line for the operator (unreachable Neo4j, wrong password), no stack trace.
    Console.Error.WriteLine($"mineralgraph: cannot start: {problem}");
    return 1;
}

app.UseRequestIds();
app.UseStoreRoundTrips();
app.UseCors();
app.UseMineralGraphRateLimits();
app.MapHealthEndpoints();
app.MapGraphiQL();
app.MapGraphQL("/graphql");
app.MapExplorer();
app.MapExports();
app.MapTimelineExport();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the server with WebApplicationFactory.</summary>
public partial class Program;
