using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// The start-up check: options are valid, Neo4j answers, the credentials work, and the schema (constraints,
/// indexes, full-text index) is in place. Any failure becomes ONE line for the operator, never a stack trace.
/// </summary>
public sealed class Neo4jStartup(IServiceProvider services)
{
    /// <summary>Null when Neo4j is ready; otherwise one line saying what is wrong and what to check.</summary>
    public async Task<string?> PrepareAsync(CancellationToken cancellationToken = default)
    {
        Neo4jOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            _ = services.GetRequiredService<IOptions<Coalescing.CoalescingOptions>>().Value;
            _ = services.GetRequiredService<IOptions<Reading.ReadCacheOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            return "Neo4j settings are invalid: " + string.Join("; ", e.Failures);
        }

        var where = $"Neo4j at {options.Uri} (database '{options.Database}')";
        try
        {
            var client = services.GetRequiredService<Neo4jQueryApiClient>();
            await client.ReadAsync(new CypherStatement("RETURN 1 AS ok"), cancellationToken);
            await services.GetRequiredService<Neo4jSchema>().ApplyAsync(cancellationToken);
            return null;
        }
        catch (Neo4jAuthenticationException)
        {
            return $"{where} refused user '{options.User}': wrong NEO4J_USER or NEO4J_PASSWORD";
        }
        catch (StoreUnavailableException e)
        {
            return $"{e.Message} — is it running, and is NEO4J_URI its HTTP address (port 7474)?";
        }
        catch (Neo4jException e)
        {
            return $"{where} rejected the start-up check: {e.Code}: {e.ServerMessage}";
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // An index that failed to build, or is still filling past Neo4jSchema.PopulationLimit.
            return $"{where}: {e.Message}";
        }
    }
}

public static class Neo4jStartupExtensions
{
    /// <summary>
    /// Checks Neo4j and applies the schema. Returns null when ready, else one line to print before exiting:
    /// <code>if (await app.Services.PrepareNeo4jAsync() is { } problem) { Console.Error.WriteLine(problem); return 1; }</code>
    /// </summary>
    public static Task<string?> PrepareNeo4jAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<Neo4jStartup>().PrepareAsync(cancellationToken);
}
