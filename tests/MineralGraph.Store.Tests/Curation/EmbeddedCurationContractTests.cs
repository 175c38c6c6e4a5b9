using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Embedded.Curation;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Curation;

public sealed class EmbeddedCurationContractTests : CurationContractTests, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("mg-journal-").FullName;
    readonly List<IDisposable> opened = [];

    protected override Task<(IGraphStore Read, ICurationStore Write)> FreshStoresAsync() => Task.FromResult(Open());

    (IGraphStore, ICurationStore) Open()
    {
        var store = new EmbeddedGraphStore(ContractSeed.Graph);
        var curation = new EmbeddedCurationStore(store, ContractSeed.Graph, ContractSeed.Directory, new SqliteChangeJournal(Path.Combine(folder, "curation.db")));
        opened.Add(curation);
        return (store, curation);
    }

    [Fact]
    public async Task Journal_IsReplayedOnReopen()
    {
        var (_, write) = Open();
        var change = await write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "wrong") { IdempotencyKey = "k" }, Ana);
        ((IDisposable)write).Dispose();

        var (read, reopened) = Open();
        var relation = await read.GetRelationAsync("rel/action-plan-covers-lithium");
        Assert.Equal("wrong", relation!.Retraction!.Reason);
        Assert.Equal(change.Sequence, Assert.Single(await reopened.HistoryAsync("rel/action-plan-covers-lithium")).Sequence);
        var repeat = await reopened.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "wrong") { IdempotencyKey = "k" }, Ana);
        Assert.Equal(change.Sequence, repeat.Sequence);
    }

    [Fact]
    public async Task ChangeSignal_IsRaisedAfterTheChangeIsOnDisk_AndNotForARepeat()
    {
        var (_, write) = Open();
        var signal = ((EmbeddedCurationStore)write).Signal;
        var heard = new List<(long Sequence, long OnDisk)>();
        var journalPath = Path.Combine(folder, "curation.db");
        using var subscription = signal.Subscribe(sequence =>
        {
            // What a second process would read from the journal now: the change must already be there.
            using var journal = new SqliteChangeJournal(journalPath);
            lock (heard) heard.Add((sequence, journal.ReadAll().Count));
        });
        var command = new RetractRelation("rel/action-plan-covers-lithium", "wrong") { IdempotencyKey = "k" };
        var change = await write.ApplyAsync(command, Ana);
        await write.ApplyAsync(command, Ana);
        Assert.Equal(change.Sequence, await signal.LatestAsync());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (heard.Count == 0 && watch.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(10);
        await Task.Delay(100);
        lock (heard) Assert.Equal([(change.Sequence, 1L)], heard);
    }

    public void Dispose()
    {
        foreach (var d in opened) d.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
