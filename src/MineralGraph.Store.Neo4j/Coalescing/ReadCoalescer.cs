using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using Polly.Timeout;

namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// Where the store's reads wait for Neo4j, and where reads of one statement text waiting at the same moment become
/// one statement (<see cref="CoalescedForm"/>).
/// <para>At most <see cref="Neo4jOptions.MaxReadsInFlight"/> statements are in Neo4j at once. A read that finds a
/// free place is sent at once, alone: an idle server adds no wait. Reads arriving while every place is taken wait
/// here, grouped by statement text; when a place frees, the text waiting longest goes, with up to
/// <see cref="CoalescingOptions.MaxBatch"/> of its reads in one statement (reads with equal parameters sent once).
/// So the window is exactly the time a place is busy, bounded by Neo4j's read timeout, and grows with the load.</para>
/// <para>Each caller gets its own rows. A statement error or a timeout of a coalesced statement may belong to one
/// parameter set, so then each set is asked again alone and the error reaches only the reads it concerns; Neo4j
/// being unavailable reaches every read. A caller that cancels gets its cancellation at once; the statement goes on
/// for the others; when nobody waits any more nothing further is sent for it. A text that cannot be rewritten is still sent once for all
/// its reads with equal parameters.</para>
/// <para>Round trips: a statement shared by several requests counts as one round trip for each of them.</para>
/// </summary>
public sealed class ReadCoalescer
{
    /// <summary>Distinct statement texts whose forms are kept; texts come from closed sets, but a bound costs nothing.</summary>
    const int MaxForms = 2000;

    readonly Neo4jQueryApiClient client;
    readonly bool enabled;
    readonly int maxBatch;
    readonly int maxInFlight;
    readonly ConcurrentDictionary<string, CoalescedForm?> forms = new(StringComparer.Ordinal);
    readonly object gate = new();
    readonly Dictionary<string, List<PendingRead>> waiting = new(StringComparer.Ordinal);
    /// <summary>The texts in <see cref="waiting"/>, in the order they get their turn.</summary>
    readonly Queue<string> turns = new();
    int inFlight;
    long statements, sharedReads;
    int largestBatch;

    public ReadCoalescer(Neo4jQueryApiClient client, IOptions<CoalescingOptions> coalescing, IOptions<Neo4jOptions> neo4j)
    {
        this.client = client;
        enabled = coalescing.Value.Enabled;
        maxBatch = coalescing.Value.MaxBatch;
        maxInFlight = neo4j.Value.MaxReadsInFlight;
    }

    public CoalescingStatistics Statistics => new(Interlocked.Read(ref statements), Interlocked.Read(ref sharedReads), Volatile.Read(ref largestBatch));

    /// <summary>
    /// Reads through the line. <paramref name="parametersKey"/> is the canonical text of the statement's parameters
    /// (reads with equal keys share one answer).
    /// </summary>
    public Task<QueryResult> ReadAsync(CypherStatement statement, string parametersKey, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<QueryResult>(cancellationToken);
        var read = new PendingRead(statement, parametersKey, cancellationToken);
        var now = false;
        lock (gate)
        {
            if (inFlight < maxInFlight && turns.Count == 0)
            {
                inFlight++;
                now = true;
            }
            else
            {
                if (!waiting.TryGetValue(statement.Text, out var line))
                {
                    waiting[statement.Text] = line = [];
                    turns.Enqueue(statement.Text);
                }
                line.Add(read);
            }
        }
        if (now) _ = SendAsync([read]);
        return read.Task;
    }

    /// <summary>The form coalescing <paramref name="text"/>, or null when it is always sent alone.</summary>
    public CoalescedForm? Form(string text)
    {
        if (forms.TryGetValue(text, out var form)) return form;
        if (forms.Count >= MaxForms) forms.Clear();
        return forms.GetOrAdd(text, static t => CoalescedForm.Of(t, out _));
    }

    /// <summary>The next reads to send, from the text waiting longest; null when none wait. Called under the lock.</summary>
    List<PendingRead>? TakeNext()
    {
        while (turns.TryDequeue(out var text))
        {
            var line = waiting[text];
            line.RemoveAll(r => r.Abandoned);
            if (line.Count == 0)
            {
                waiting.Remove(text);
                continue;
            }
            List<PendingRead> batch;
            if (!enabled)
                batch = [line[0]];
            else if (Form(text) is not null)
                batch = line.GetRange(0, Math.Min(maxBatch, line.Count));
            else
                batch = line.Where(r => r.ParametersKey == line[0].ParametersKey).Take(maxBatch).ToList();
            if (batch.Count == line.Count) line.Clear();
            else foreach (var read in batch) line.Remove(read);
            if (line.Count == 0) waiting.Remove(text);
            else turns.Enqueue(text);
            return batch;
        }
        return null;
    }

    /// <summary>A place in Neo4j is free again: the reads waiting longest take it.</summary>
    void Finish()
    {
        var next = new List<List<PendingRead>>();
        lock (gate)
        {
            inFlight--;
            while (inFlight < maxInFlight && TakeNext() is { } batch)
            {
                inFlight++;
                next.Add(batch);
            }
        }
        foreach (var batch in next) _ = SendAsync(batch);
    }

    async Task SendAsync(List<PendingRead> batch)
    {
        try
        {
            // The statement's span goes under the first caller's, wherever it is sent from.
            Activity.Current = batch[0].Caller;
            var groups = batch.GroupBy(r => r.ParametersKey, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            var form = enabled && groups.Count > 1 ? Form(batch[0].Statement.Text) : null;
            var together = form is null ? [] : groups.Where(g => form.Accepts(g[0].Statement.Parameters)).ToList();
            if (together.Count > 1) await SendTogetherAsync(form!, together);
            foreach (var group in groups.Where(g => together.Count <= 1 || !together.Contains(g)))
                await SendAloneAsync(group, earlierRoundTrips: 0);
        }
        catch (Exception e)
        {
            foreach (var read in batch) read.Fail(e, 0); // not expected: every send delivers its own outcome
        }
        finally
        {
            Finish();
        }
    }

    /// <summary>One statement for reads with equal parameters.</summary>
    async Task SendAloneAsync(List<PendingRead> group, int earlierRoundTrips)
    {
        if (group.All(r => r.Abandoned)) return;
        var roundTrips = new RoundTrips { Count = earlierRoundTrips };
        Count(group.Count);
        try
        {
            var result = await CountedReadAsync(group[0].Statement, retryTimeouts: true, roundTrips);
            foreach (var read in group) read.Succeed(result, roundTrips.Count);
        }
        catch (Exception e)
        {
            foreach (var read in group) read.Fail(e, roundTrips.Count);
        }
    }

    /// <summary>One coalesced statement for several parameter sets; on an error that may be one set's, each set alone.</summary>
    async Task SendTogetherAsync(CoalescedForm form, List<List<PendingRead>> groups)
    {
        if (groups.All(g => g.All(r => r.Abandoned))) return;
        var roundTrips = new RoundTrips();
        Count(groups.Sum(g => g.Count));
        IReadOnlyList<QueryResult> answers;
        try
        {
            // A timed-out batch is not sent again as it is: one slow parameter set would hold up every read.
            var batched = await CountedReadAsync(form.Statement(groups.Select(g => g[0].Statement.Parameters).ToList()), retryTimeouts: false, roundTrips);
            answers = CoalescedForm.Split(batched, groups.Count);
        }
        catch (Exception e) when (MayConcernSomeReads(e))
        {
            foreach (var group in groups) await SendAloneAsync(group, roundTrips.Count);
            return;
        }
        catch (Exception e)
        {
            foreach (var read in groups.SelectMany(g => g)) read.Fail(e, roundTrips.Count);
            return;
        }
        for (var i = 0; i < groups.Count; i++)
            foreach (var read in groups[i]) read.Succeed(answers[i], roundTrips.Count);
    }

    /// <summary>A statement error or a timeout, which one parameter set may cause; not Neo4j being down or refusing the credentials.</summary>
    static bool MayConcernSomeReads(Exception e) =>
        e is Neo4jClientException or Neo4jDatabaseException || (e is StoreUnavailableException { InnerException: TimeoutRejectedException });

    /// <summary>
    /// Sends one statement, counting its round trips (retries included) apart from whichever request's flow this is.
    /// Its place is held until Neo4j answers, even when every caller has left: the statement runs in Neo4j either
    /// way, and freeing the place early would put more reads in Neo4j than <see cref="Neo4jOptions.MaxReadsInFlight"/>.
    /// </summary>
    async Task<QueryResult> CountedReadAsync(CypherStatement statement, bool retryTimeouts, RoundTrips roundTrips)
    {
        var counter = RoundTripCounter.Begin();
        try
        {
            return await client.ReadAsync(statement, retryTimeouts, CancellationToken.None);
        }
        finally
        {
            roundTrips.Count += counter.Count;
        }
    }

    void Count(int reads)
    {
        Interlocked.Increment(ref statements);
        if (reads > 1) Interlocked.Add(ref sharedReads, reads);
        int seen;
        while (reads > (seen = Volatile.Read(ref largestBatch)) && Interlocked.CompareExchange(ref largestBatch, reads, seen) != seen) { }
    }

    sealed class RoundTrips
    {
        public int Count;
    }
}
