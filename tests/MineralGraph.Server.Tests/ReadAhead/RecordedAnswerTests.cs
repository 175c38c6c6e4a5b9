using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.ReadAhead;

/// <summary>
/// Answers that must not change however the store reads them: the README's examples and nested queries of every
/// root field (ReadAhead/Queries), each compared byte for byte with the answer recorded from the server before
/// root fields read their nested selections in one statement (ReadAhead/Answers). To record again (only when an
/// answer is meant to change), run with RECORD_ANSWERS=1 and review the diff.
/// </summary>
public abstract class RecordedAnswerTests<TFixture>(TFixture server) : IClassFixture<TFixture> where TFixture : class, IServerFixture
{
    readonly HttpClient client = server.CreateClient();

    [Theory]
    [MemberData(nameof(RecordedQueries.Names), MemberType = typeof(RecordedQueries))]
    public async Task Answer_SameBytesAsRecorded(string name)
    {
        var query = RecordedQueries.Get(name);
        var (status, body, _) = await query.PostAsync(client);
        Assert.Equal(200, status);
        RecordedQueries.MatchAnswer(name, body);
    }
}

/// <summary>The recorded queries: their texts, variables and answers.</summary>
public sealed record RecordedQueries(string Name, string File, string? Variables)
{
    static readonly string QueryFolder = Path.Combine(AppContext.BaseDirectory, "ReadAhead", "Queries");
    static readonly string ExampleFolder = RepositoryPaths.Of("src/MineralGraph.Server/examples");

    public static IReadOnlyList<RecordedQueries> All { get; } =
    [
        .. Directory.GetFiles(ExampleFolder, "*.graphql").Order(StringComparer.Ordinal).Select(f => new RecordedQueries("example-" + Path.GetFileNameWithoutExtension(f), f, null)),
        .. Directory.GetFiles(QueryFolder, "*.graphql").Order(StringComparer.Ordinal).Select(f => new RecordedQueries(Path.GetFileNameWithoutExtension(f), f, null)),
        new("four-level-relations-variables", Path.Combine(QueryFolder, "four-level-relations.graphql"),
            """{"withCountry": false, "skipDisputes": true, "second": "bWcxOjA="}"""),
    ];

    /// <summary>Each case's name (its answer file), for theories.</summary>
    public static TheoryData<string> Names() => [.. All.Select(q => q.Name)];

    public static RecordedQueries Get(string name) => All.Single(q => q.Name == name);

    /// <summary>How many root fields the query selects (each is one store round trip on Neo4j).</summary>
    public int RootFields => Name == "two-root-fields" ? 2 : 1;

    /// <summary>Posts the query; the status, the body exactly as sent, and the round-trips header.</summary>
    public async Task<(int Status, string Body, int RoundTrips)> PostAsync(HttpClient client)
    {
        var query = await System.IO.File.ReadAllTextAsync(File);
        var variables = Variables is null ? "null" : Variables;
        var json = $"{{\"query\": {JsonSerializer.Serialize(query)}, \"variables\": {variables}}}";
        using var response = await client.PostAsync("/graphql", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        var roundTrips = int.Parse(response.Headers.GetValues("MineralGraph-Store-Round-Trips").Single(), System.Globalization.CultureInfo.InvariantCulture);
        return ((int)response.StatusCode, body, roundTrips);
    }

    /// <summary>Answers larger than this are kept as their SHA-256 (NAME.sha256) rather than in full.</summary>
    const int LargestKeptInFull = 100_000;

    /// <summary>
    /// Compares with (or, with RECORD_ANSWERS=1, writes) ReadAhead/Answers/NAME.json beside this source file, or
    /// NAME.sha256 for a large answer; a different large answer is written to the temp folder for a diff.
    /// </summary>
    public static void MatchAnswer(string name, string body, [CallerFilePath] string source = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(source)!, "Answers");
        var large = Encoding.UTF8.GetByteCount(body) > LargestKeptInFull;
        var path = Path.Combine(folder, name + (large ? ".sha256" : ".json"));
        var kept = large ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))) : body;
        if (Environment.GetEnvironmentVariable("RECORD_ANSWERS") == "1")
        {
            Directory.CreateDirectory(folder);
            System.IO.File.WriteAllText(path, kept);
        }
        Assert.True(System.IO.File.Exists(path), $"no recorded answer {path}; run with RECORD_ANSWERS=1 to record it");
        var recorded = System.IO.File.ReadAllText(path);
        if (large && recorded != kept)
        {
            var actual = Path.Combine(Path.GetTempPath(), name + ".actual.json");
            System.IO.File.WriteAllText(actual, body);
            Assert.Fail($"the answer to {name} differs from the recorded one (SHA-256 {recorded}); it is in {actual}");
        }
        Assert.Equal(recorded, kept);
    }
}
