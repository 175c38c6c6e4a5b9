namespace MineralGraph.Testing;

/// <summary>
/// Where the repository (the folder holding MineralGraph.sln) and its sibling shared/ folder are: found upwards from
/// the test binaries or the current folder, else the folder the tests were built from (artifacts may live elsewhere).
/// </summary>
public static class RepositoryPaths
{
    public static string? Root { get; } = FindRoot();

    /// <summary>The repository's graph-seed folder: the real seed the tests read.</summary>
    public static string GraphSeed => Path.Combine(RequiredRoot, "graph-seed");

    /// <summary>A file of the repository by its path from the root (schema/mineralgraph.graphql).</summary>
    public static string Of(string relativePath) => Path.Combine(RequiredRoot, relativePath);

    static string RequiredRoot => Root ?? throw new InvalidOperationException("MineralGraph.sln not found above the test binaries or the current folder");

    /// <summary>The shared Neo4j launcher: &lt;repo root&gt;/../shared/neo4j/start (as in CI's clean clone).</summary>
    public static string? SharedNeo4jStart =>
        Root is null ? null : Path.GetFullPath(Path.Combine(Root, "..", "shared", "neo4j", "start"));

    static string? FindRoot()
    {
        var builtFrom = typeof(RepositoryPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), builtFrom ?? "" }.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MineralGraph.sln"))) return dir.FullName;
            }
        }
        return null;
    }
}
