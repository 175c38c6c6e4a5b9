namespace MineralGraph.Testing.Neo4j;

/// <summary>Finds the java binary exactly as shared/neo4j/start picks it: $JAVA if set, else $JAVA_HOME/bin/java if set, else java on PATH.</summary>
public static class JavaLocator
{
    public static string? Find()
    {
        if (System.Environment.GetEnvironmentVariable("JAVA") is { Length: > 0 } java) return File.Exists(java) ? java : null;
        if (System.Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home)
            return File.Exists(Path.Combine(home, "bin", "java")) ? Path.Combine(home, "bin", "java") : null;
        var path = System.Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);
    }
}
