using MineralGraph.Store.Neo4j.Cypher;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// An open explicit transaction (<c>/query/v2/tx/{id}</c>). Statements run in order; nothing is visible to
/// others until <see cref="CommitAsync"/>. Disposing an uncommitted transaction rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    readonly Neo4jQueryApiClient client;
    string? affinity;
    bool finished;

    internal Neo4jTransaction(Neo4jQueryApiClient client, string id, string? affinity)
    {
        this.client = client;
        Id = id;
        this.affinity = affinity;
    }

    public string Id { get; }

    public async Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default)
    {
        var (response, newAffinity) = await client.SendAsync($"/tx/{Uri.EscapeDataString(Id)}", Neo4jQueryApiClient.Request(statement, AccessMode.Write), AccessMode.Write, affinity, cancellationToken);
        affinity = newAffinity;
        return QueryResult.From(response);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        finished = true;
        await client.SendAsync($"/tx/{Uri.EscapeDataString(Id)}/commit", body: null, AccessMode.Write, affinity, cancellationToken);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        finished = true;
        await client.SendAsync($"/tx/{Uri.EscapeDataString(Id)}", body: null, AccessMode.Write, affinity, cancellationToken, HttpMethod.Delete);
    }

    /// <summary>How long a rollback on dispose may take; it runs whatever cancelled the work before it.</summary>
    static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(10);

    public async ValueTask DisposeAsync()
    {
        if (finished) return;
        using var bounded = new CancellationTokenSource(RollbackTimeout);
        try
        {
            await RollbackAsync(bounded.Token);
        }
        catch (Exception)
        {
            // Neo4j ends the transaction itself when its timeout (or idle expiry) passes; the original failure matters more.
        }
    }
}
