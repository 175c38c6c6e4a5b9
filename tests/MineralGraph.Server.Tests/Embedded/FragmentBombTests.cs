using System.Diagnostics;
using System.Net;
using MineralGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// The fragment bomb from outside the server, as an attacker sends it: a real server process, the answer timed by
/// the client's clock and the work measured by the server process's CPU time. Fragments that each spread the previous
/// one twice stand for 2^levels fields in about a kilobyte; every rule must price them without walking them all, and
/// the answer must come at once, with the server idle again right after.
/// </summary>
[Collection(nameof(FragmentBombsAlone))]
public sealed class FragmentBombTests(EmbeddedServerProcessFixture fixture, ITestOutputHelper output) : IClassFixture<EmbeddedServerProcessFixture>
{
    // Generous for a loaded 2-core CI machine: the answer takes milliseconds; before the fix it took minutes.
    static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(5);
    static readonly TimeSpan CpuBound = TimeSpan.FromSeconds(2);

    public static TheoryData<string, string> Bombs() => new()
    {
        // The document: 30 levels, a billion fields.
        { "30 levels", FragmentBomb.Doubling(30) },
        // Spreads that @skip drops still cost: graphql-dotnet counts every spread of a selection set before collecting it.
        { "30 levels, every spread skipped", FragmentBomb.Doubling(30, " @skip(if: true)") },
        // As many levels as the token limit lets through.
        { "90 levels", FragmentBomb.Doubling(90) },
        // At the root, on the Query type.
        { "60 levels on Query", FragmentBomb.Doubling(60, root: null, type: "Query", leaf: "__typename") },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task DoublingFragments_AreRefusedAtOnce_AndTheServerStopsWorking(string bomb, string query)
    {
        var server = fixture.Server;
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var cpuBefore = server.CpuTime;
        var watch = Stopwatch.StartNew();
        var response = await http.PostGraphQLAsync(query);
        var answered = watch.Elapsed;
        // Anything still burning after the answer shows in the CPU time a second later.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var cpu = server.CpuTime - cpuBefore;
        output.WriteLine($"{bomb} ({query.Length:N0} characters): {(int)response.Status} in {answered.TotalMilliseconds:0} ms; " +
                         $"server CPU {cpu.TotalSeconds:0.000} s over the request and the second after");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["COST_LIMIT_EXCEEDED"], response.ErrorCodes);
        Assert.True(answered < AnswerBound, $"{bomb}: answered after {answered}");
        Assert.True(cpu < CpuBound, $"{bomb}: the server used {cpu} of CPU");
        (await http.PostGraphQLAsync("{ node(id: \"government/mexico\") { name } }")).AssertOk();
    }
}

[CollectionDefinition(nameof(FragmentBombsAlone), DisableParallelization = true)]
public sealed class FragmentBombsAlone;
