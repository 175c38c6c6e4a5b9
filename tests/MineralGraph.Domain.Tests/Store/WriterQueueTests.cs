using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Tests.Store;

/// <summary>The writers' line: one at a time, a bounded wait, then a retryable refusal; the turn always handed on.</summary>
public sealed class WriterQueueTests
{
    [Fact]
    public async Task SecondWriter_WaitsForTheTurn_AndGetsIt()
    {
        using var queue = new WriterQueue(TimeSpan.FromSeconds(30));
        var first = await queue.EnterAsync(CancellationToken.None);
        var second = queue.EnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task WriterWaitingPastTheBound_IsRefusedAsBusy_WithARetryAfter_AndTheLineMovesOn()
    {
        using var queue = new WriterQueue(TimeSpan.FromMilliseconds(50));
        var holder = await queue.EnterAsync(CancellationToken.None);
        var busy = await Assert.ThrowsAsync<StoreBusyException>(() => queue.EnterAsync(CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(1), busy.RetryAfter);
        Assert.Contains("nothing was written", busy.Message);
        holder.Dispose();
        holder.Dispose(); // a second dispose must not hand out a second turn
        var next = await queue.EnterAsync(CancellationToken.None);
        await Assert.ThrowsAsync<StoreBusyException>(() => queue.EnterAsync(CancellationToken.None));
        next.Dispose();
    }

    [Fact]
    public async Task WriterWhoseClientLeaves_LeavesTheLine()
    {
        using var queue = new WriterQueue(TimeSpan.FromSeconds(30));
        using var holder = await queue.EnterAsync(CancellationToken.None);
        using var gone = new CancellationTokenSource();
        var waiting = queue.EnterAsync(gone.Token);
        gone.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
