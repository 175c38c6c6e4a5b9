namespace MineralGraph.Domain.Store;

/// <summary>
/// The line curated changes wait in, one at a time, each for at most <see cref="Wait"/>: past that a writer gets
/// <see cref="StoreBusyException"/> and leaves the line, so a backlog turns into quick, retryable refusals instead of
/// requests that hang, and a store never holds more than one change open at once per server.
/// </summary>
public sealed class WriterQueue(TimeSpan wait) : IDisposable
{
    readonly SemaphoreSlim turn = new(1, 1);

    public TimeSpan Wait { get; } = wait;

    /// <summary>Waits for this writer's turn; dispose the result to hand the turn on.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!await turn.WaitAsync(Wait, cancellationToken))
            throw new StoreBusyException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"other changes kept the store busy for {Wait.TotalSeconds:0.#} s; nothing was written"), RetryAfter());
        return new Turn(turn);
    }

    /// <summary>A retry is worth making once the line ahead has had time to move: a second, or a tenth of the wait.</summary>
    TimeSpan RetryAfter() => TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(Wait.TotalSeconds / 10)));

    public void Dispose() => turn.Dispose();

    sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) turn.Release();
        }
    }
}
