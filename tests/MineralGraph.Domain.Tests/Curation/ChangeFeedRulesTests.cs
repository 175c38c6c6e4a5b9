using MineralGraph.Domain.Curation;

namespace MineralGraph.Domain.Tests.Curation;

/// <summary>The domain's change-feed rules: the touches scope (and how a live filter follows a merge), summaries, the signal.</summary>
public sealed class ChangeFeedRulesTests
{
    static Change Made(long sequence, string operation, string[] targets, string? after = null, string? before = null) =>
        new(sequence, DateTimeOffset.UnixEpoch, "ana", operation, targets, before, after, null);

    [Fact]
    public void Scope_OfAnId_HoldsItsSurvivorAndEveryIdMergedThere()
    {
        var merged = new Dictionary<string, string> { ["agency/a"] = "agency/b", ["agency/b"] = "agency/c", ["agency/x"] = "agency/y" };
        var scope = ChangeScope.Of(["agency/a"], merged);
        Assert.Equal(["agency/a", "agency/b", "agency/c"], scope.Names.Order(StringComparer.Ordinal));
        Assert.True(scope.Touches(Made(1, "updateEntity", ["agency/b"])));
        Assert.False(scope.Touches(Made(2, "updateEntity", ["agency/x"])));
    }

    [Fact]
    public void Scope_FollowingAMergeIntoIt_TakesInTheMergedId()
    {
        var scope = ChangeScope.OfNames(["government/canada"]);
        var unrelated = Made(1, "mergeEntities", ["government/mexico", "government/x"]);
        Assert.Same(scope, scope.Following(unrelated));
        var merge = Made(2, "mergeEntities", ["government/canada", "government/canada-dup"]);
        var after = scope.Following(merge);
        Assert.True(after.Touches(Made(3, "updateEntity", ["government/canada-dup"])));
        Assert.False(scope.Touches(Made(3, "updateEntity", ["government/canada-dup"])));
    }

    [Fact]
    public void Summary_OfANewTie_NamesItsEndsKindAndSource()
    {
        const string relation = """{"id":"rel/canada-msp","kind":"MemberOf","from":"government/canada","to":"agreement/msp","evidence":[{"sourceId":"source/report","quote":"q"}]}""";
        var change = Made(4, "assertRelation", ["rel/canada-msp", "government/canada", "agreement/msp"], relation) with
        {
            Names = new Dictionary<string, string> { ["government/canada"] = "Canada", ["agreement/msp"] = "Minerals Security Partnership", ["source/report"] = "The alliance report" },
        };
        Assert.Equal("New tie: Canada member of Minerals Security Partnership — source: The alliance report", change.Summary);
        Assert.Equal(["rel/canada-msp", "government/canada", "agreement/msp", "source/report"], ChangeSummary.Mentions(change));
        // Without names, ids stand in.
        Assert.Equal("New tie: government/canada member of agreement/msp — source: source/report", (change with { Names = null }).Summary);
    }

    [Fact]
    public void Summary_OfOtherChanges_SaysWhatHappened()
    {
        const string retracted = """{"id":"rel/r","kind":"Covers","from":"agreement/p","to":"mineral/lithium","evidence":[],"retraction":{"reason":"not in the plan","by":"ana"}}""";
        Assert.Equal("Tie withdrawn: agreement/p covers mineral/lithium — reason: not in the plan", Made(1, "retractRelation", ["rel/r"], retracted).Summary);
        Assert.Equal("New company: Lithium Nord", Made(2, "createEntity", ["company/l"], """{"id":"company/l","kind":"Company","name":"Lithium Nord"}""").Summary);
        Assert.Equal("Merged: company/l-dup into Lithium Nord",
            Made(3, "mergeEntities", ["company/l", "company/l-dup"], """{"id":"company/l","kind":"Company","name":"Lithium Nord"}""").Summary);
    }

    [Fact]
    public async Task Signal_TellsNewerNumbersInOrder_AndAListenerThatBlocksNeverBlocksTheWriter()
    {
        using var signal = new ChangeSignal(latest: 5);
        using var gate = new ManualResetEventSlim(false);
        var heard = new List<long>();
        var done = new TaskCompletionSource();
        using var subscription = signal.Subscribe(n =>
        {
            gate.Wait(TimeSpan.FromSeconds(10)); // a slow listener
            lock (heard) heard.Add(n);
            if (n == 8) done.TrySetResult();
        });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        signal.Raise(4); // older than known: ignored
        signal.Raise(6);
        await Task.Delay(50); // the listener is now waiting at the gate with 6
        signal.Raise(7);
        signal.Raise(8);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "Raise waited for a listener");
        Assert.Equal(8, signal.Latest);
        gate.Set();
        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        lock (heard)
        {
            Assert.Equal(heard.Order(), heard);
            Assert.Equal(8, heard[^1]);
            Assert.DoesNotContain(heard, n => n <= 5);
        }
    }
}
