namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// What <see cref="ReadCoalescer"/> has done so far: statements sent, reads answered by a statement shared with
/// other reads, and the most reads one statement answered.
/// </summary>
public sealed record CoalescingStatistics(long Statements, long SharedReads, int LargestBatch);
