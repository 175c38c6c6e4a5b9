namespace MineralGraph.Testing.Xunit;

/// <summary>
/// Something a test needs that a fresh machine may lack (Neo4j, Chromium). <see cref="Missing"/> is null when it is
/// there, else one line naming it and how to get it. <see cref="Required"/> (CI=true, or the prerequisite's
/// MINERALGRAPH_REQUIRE_* variable set to 1) turns a skip into a run that fails.
/// </summary>
public sealed record Prerequisite(string Name, string? Missing, string RequireVariable)
{
    public bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The line a skipped test reports.</summary>
    public string SkipReason => $"{Name} tests skipped: {Missing} (set {RequireVariable}=1 or CI=true to make this a failure)";
}
