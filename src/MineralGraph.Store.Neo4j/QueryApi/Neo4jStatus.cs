using System.Net;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// Turns an error response into the exception that says what to do about it. The Neo4j status code decides
/// when there is one (<c>Neo.[Classification].[Category].[Title]</c>); the HTTP status otherwise.
/// </summary>
public static class Neo4jStatus
{
    /// <summary>Codes that mean the database cannot serve right now rather than that this request failed.</summary>
    static readonly HashSet<string> UnavailableCodes = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.General.DatabaseUnavailable",
        "Neo.ClientError.Database.DatabaseNotFound",
    };

    public static Exception ToException(HttpStatusCode status, QueryError? error, string endpoint)
    {
        var http = (int)status;
        if (error is null)
        {
            return status switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                    new Neo4jAuthenticationException("Neo.ClientError.Security.Unauthorized", $"HTTP {http} from {endpoint}"),
                HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                    new StoreUnavailableException($"Neo4j at {endpoint} is unavailable (HTTP {http})"),
                HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests =>
                    new Neo4jTransientException("Neo.TransientError.Http", $"HTTP {http} from {endpoint}"),
                _ when http >= 500 => new Neo4jDatabaseException("Neo.DatabaseError.Http", $"HTTP {http} from {endpoint}"),
                _ => new Neo4jClientException("Neo.ClientError.Http", $"HTTP {http} from {endpoint}"),
            };
        }

        if (UnavailableCodes.Contains(error.Code))
            return new StoreUnavailableException($"Neo4j at {endpoint} is unavailable: {error.Message} ({error.Code})");
        if (error.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return new Neo4jAuthenticationException(error.Code, error.Message);
        if (error.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new Neo4jTransientException(error.Code, error.Message);
        if (error.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal))
            return new Neo4jDatabaseException(error.Code, error.Message);
        return new Neo4jClientException(error.Code, error.Message);
    }
}
