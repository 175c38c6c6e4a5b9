using System.Runtime.CompilerServices;

namespace MineralGraph.Server.Tests.Schema;

/// <summary>
/// Finds files of the repository (the folder holding MineralGraph.sln). Build output may live outside the
/// repository (ArtifactsPath), so the search starts from this source file's own path.
/// </summary>
static class RepositoryFiles
{
    public static string Root => FindRoot();

    public static string SchemaFile => Path.Combine(Root, "schema", "mineralgraph.graphql");

    public static string ExamplesFolder => Path.Combine(Root, "src", "MineralGraph.Server", "examples");

    static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MineralGraph.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("MineralGraph.sln not found above " + sourceFile);
    }
}
