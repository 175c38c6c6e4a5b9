using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using MineralGraph.Export.Timeline;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing;
using MineralGraph.Testing.Export;

namespace MineralGraph.Cli.Tests;

/// <summary>A server process (Kestrel on loopback, embedded store, the real seed) whose <c>/export/timeline</c> the command is compared with.</summary>
public sealed class TimelineServerFixture : IAsyncLifetime
{
    public HttpClient Http { get; private set; } = null!;
    ServerProcess server = null!;

    public async Task InitializeAsync()
    {
        server = await ServerProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Store:Kind"] = "embedded",
            ["Seed:Directory"] = RepositoryPaths.GraphSeed,
        }, TimeSpan.FromSeconds(90));
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await server.DisposeAsync();
    }
}

/// <summary>
/// <c>mineralgraph export timeline</c> through the program's command tree (and once the built binary): the file is the
/// same bytes the real server's <c>/export/timeline</c> serves for the same parameters, CSV reads as RFC 4180 and
/// TimelineJS as JSON; a bad option or an unknown id exits 1 naming the option, and writes nothing.
/// </summary>
public sealed class TimelineExportCommandTests(TimelineServerFixture server) : IClassFixture<TimelineServerFixture>, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("mineralgraph-timeline-").FullName;

    static async Task<(int Code, string Errors)> RunAsync(params string[] args)
    {
        var errors = new StringWriter();
        var code = await MineralGraphCommand.Create().Parse(["export", "timeline", "--seed", RepositoryPaths.GraphSeed, .. args])
            .InvokeAsync(new InvocationConfiguration { Error = errors, Output = TextWriter.Null });
        return (code, errors.ToString());
    }

    [Fact]
    public async Task Csv_IsRfc4180_AndTheServersBytes()
    {
        var file = Path.Combine(folder, "mexico.csv");

        var (code, errors) = await RunAsync("--format", "csv", "--ids", "government/mexico,agreement/usmca", "--from", "2020-01-01", "--out", file);

        Assert.True(code == 0, errors);
        var bytes = await File.ReadAllBytesAsync(file);
        var rows = Rfc4180.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(TimelineCsvWriter.Header, rows[0]);
        Assert.True(rows.Count > 2, $"{rows.Count - 1} items");
        Assert.All(rows, r => Assert.Equal(TimelineCsvWriter.Header.Count, r.Count));
        // From 2020 on: nothing that ended before it (the latest day a date may be is on or after 2020-01-01).
        Assert.All(rows.Skip(1).Where(r => r[4].Length > 0), r => Assert.True(string.CompareOrdinal(r[4], "2020-01-01") >= 0, string.Join(",", r)));
        Assert.Equal(await server.Http.GetByteArrayAsync("/export/timeline?format=csv&ids=government/mexico,agreement/usmca&from=2020-01-01"), bytes);
        Assert.Contains($"{rows.Count - 1} items as csv to {file}", errors);
    }

    [Fact]
    public async Task TimelineJs_IsJson_AndTheServersBytes()
    {
        var file = Path.Combine(folder, "mexico.json");

        var (code, errors) = await RunAsync("-f", "timelinejs", "--ids", "government/mexico", "--kinds", "RELATION,AGREEMENT", "-o", file);

        Assert.True(code == 0, errors);
        var bytes = await File.ReadAllBytesAsync(file);
        using var json = JsonDocument.Parse(bytes);
        Assert.Contains("government/mexico", json.RootElement.GetProperty("title").GetProperty("text").GetProperty("text").GetString());
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e.GetProperty("group").GetString(), new[] { "Relation", "Agreement" }));
        Assert.All(events, e => Assert.True(e.GetProperty("start_date").GetProperty("year").GetInt32() > 1900));
        Assert.Equal(await server.Http.GetByteArrayAsync("/export/timeline?format=timelinejs&ids=government/mexico&kinds=RELATION,AGREEMENT"), bytes);
    }

    [Fact]
    public async Task TheBuiltProgram_WritesTheWholeGraphsTimelineToStandardOutput_AsTheServerDoes()
    {
        var run = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in new[] { Path.Combine(AppContext.BaseDirectory, "mineralgraph.dll"), "export", "timeline", "--seed", RepositoryPaths.GraphSeed, "--to", "2026-06-30" })
            run.ArgumentList.Add(word);
        using var process = Process.Start(run)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(stdout);
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await errors);
        Assert.Equal(await server.Http.GetByteArrayAsync("/export/timeline?to=2026-06-30"), stdout.ToArray());
        Assert.True(Rfc4180.Parse(System.Text.Encoding.UTF8.GetString(stdout.ToArray())).Count > 10);
    }

    [Theory]
    [InlineData("--from yesterday", "--from: 'yesterday' is not a date")]
    [InlineData("--to 2025-02-30", "--to: '2025-02-30' is not a date")]
    [InlineData("--from 2026-01-01 --to 2025-01-01", "--from: from 2026-01-01 is after to 2025-01-01")]
    [InlineData("--format pdf", "--format: 'pdf' is not a timeline format")]
    [InlineData("--kinds RELATION,TREATY", "--kinds: 'TREATY' is not a timeline item kind")]
    [InlineData("--ids mexico", "--ids: 'mexico' is not an entity id")]
    public async Task BadOption_Exit1NamingIt_NothingWritten(string options, string message)
    {
        var file = Path.Combine(folder, "never.csv");

        var (code, errors) = await RunAsync([.. options.Split(' '), "--out", file]);

        Assert.Equal(1, code);
        Assert.Contains($"export timeline: {message}", errors);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task UnknownId_Exit1NamingIt_AndAnExistingFileIsLeftAlone()
    {
        var file = Path.Combine(folder, "kept.csv");
        await File.WriteAllTextAsync(file, "earlier export");

        var (code, errors) = await RunAsync("--ids", "government/mexico,government/atlantis", "--out", file);

        Assert.Equal(1, code);
        Assert.Contains("export timeline: --ids: no entity has the id 'government/atlantis'", errors);
        Assert.DoesNotContain("government/mexico'", errors);
        Assert.Equal("earlier export", await File.ReadAllTextAsync(file));
        Assert.Equal(["kept.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
