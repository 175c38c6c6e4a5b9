namespace MineralGraph.Testing.Neo4j;

/// <summary>Finds a java binary the way shared/neo4j/start does: $JAVA, $JAVA_HOME/bin/java, then PATH.</summary>
internal static class JavaLocator
{
    public static string? Find()
    {
        if (System.Environment.GetEnvironmentVariable("JAVA") is { Length: > 0 } java && File.Exists(java)) return java;
        if (System.Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "java")))
            return Path.Combine(home, "bin", "java");
        var path = System.Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);
    }
}
