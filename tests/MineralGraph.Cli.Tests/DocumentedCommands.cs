using System.CommandLine;
using System.Text.RegularExpressions;
using MineralGraph.Testing;

namespace MineralGraph.Cli.Tests;

/// <summary>
/// Every <c>mineralgraph …</c> command line the repository's READMEs show (also as
/// <c>dotnet run --project src/MineralGraph.Cli -- …</c>), with the file and line it is on.
/// </summary>
public static partial class DocumentedCommands
{
    public sealed record Mention(string File, int Line, IReadOnlyList<string> Words)
    {
        public override string ToString() => $"{File}:{Line}: mineralgraph {string.Join(' ', Words)}";
    }

    /// <summary>The program name (or the CLI project run by dotnet), then its lower-case words up to the first option or argument.</summary>
    [GeneratedRegex(@"(?:(?<![\w./-])mineralgraph|src/MineralGraph\.Cli --)((?: +[a-z][a-z-]*(?![\w./]))+)")]
    private static partial Regex CommandLine();

    public static IEnumerable<Mention> In(string relativePath)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Of(relativePath));
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in CommandLine().Matches(lines[i]))
                yield return new Mention(relativePath, i + 1, m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>Every README in the repository (node_modules and build output aside), by its path from the root.</summary>
    public static IEnumerable<string> Readmes() =>
        Directory.EnumerateFiles(RepositoryPaths.Of(""), "README.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Of(""), path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "node_modules" or "artifacts" or "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Follows the words down the command tree while the command reached has subcommands; the problem, or null when
    /// every word that must name a command does.
    /// </summary>
    public static string? Problem(Command root, Mention mention)
    {
        Command command = root;
        foreach (var word in mention.Words)
        {
            if (command.Subcommands.Count == 0) return null; // the rest are arguments
            command = command.Subcommands.FirstOrDefault(c => c.Name == word)!;
            if (command is null) return $"{mention}: there is no command '{word}' in the mineralgraph binary";
        }
        return null;
    }

    /// <summary>Every command that does something (has an action, as <c>export</c> and <c>export timeline</c> do), as its words from the root.</summary>
    public static IEnumerable<string> Leaves(Command command, string path = "") =>
        (command.Action is not null && path.Length > 0 ? [path.Trim()] : Enumerable.Empty<string>())
            .Concat(command.Subcommands.SelectMany(c => Leaves(c, $"{path} {c.Name}")));
}
