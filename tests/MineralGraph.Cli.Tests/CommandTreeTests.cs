using System.Diagnostics;
using MineralGraph.Testing;

namespace MineralGraph.Cli.Tests;

/// <summary>
/// The command tree Program.cs runs (<see cref="MineralGraphCommand"/>) against what the READMEs document, and the
/// built binary itself, so a command missing from the program fails here.
/// </summary>
public sealed class CommandTreeTests
{
    [Fact]
    public void EveryCommandTheReadmesShow_ExistsInTheProgram()
    {
        var root = MineralGraphCommand.Create();
        var mentions = DocumentedCommands.Readmes().SelectMany(DocumentedCommands.In).ToList();

        Assert.Contains(mentions, m => m.Words is ["export", ..]);
        Assert.Empty(mentions.Select(m => DocumentedCommands.Problem(root, m)).OfType<string>());
    }

    [Fact]
    public void TheReadmesCommandLineSection_ListsEveryCommand()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md"));
        var section = readme[readme.IndexOf("## Command line", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        var missing = DocumentedCommands.Leaves(MineralGraphCommand.Create()).Where(path => !section.Contains($"mineralgraph {path} ", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task TheBuiltProgram_ExportsTheLithiumNeighbourhood()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("mineralgraph-cli-").FullName, "lithium.cyjs");
        var run = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in new[] { Path.Combine(AppContext.BaseDirectory, "mineralgraph.dll"), "export", "--format", "cytoscape",
                     "--id", "mineral/lithium", "--seed", RepositoryPaths.GraphSeed, "--out", output, "--progress", "never" })
            run.ArgumentList.Add(word);
        try
        {
            using var process = Process.Start(run)!;
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, await errors);
            Assert.Contains("\"mineral/lithium\"", await File.ReadAllTextAsync(output));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }
}
