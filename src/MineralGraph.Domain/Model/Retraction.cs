namespace MineralGraph.Domain.Model;

/// <summary>Why, by whom and when a relation was withdrawn. Retracted relations are kept, and shown only when asked for.</summary>
public sealed record Retraction(string Reason, string By, DateTimeOffset At);
