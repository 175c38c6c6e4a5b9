namespace MineralGraph.Cli.Commands;

/// <summary>
/// The file an export goes to with <c>--out</c>: written beside the target and moved over it at the end, so a failed
/// or cancelled export never leaves half a file (nor touches one already there).
/// </summary>
public sealed class ExportFile
{
    ExportFile(string target) => Target = target;

    /// <summary>The full path written.</summary>
    public string Target { get; }

    /// <summary>The file for <paramref name="outputPath"/>, or null (said on <paramref name="errors"/> as <c>--out</c>) when its folder does not exist.</summary>
    public static ExportFile? For(string outputPath, string command, TextWriter errors)
    {
        var target = Path.GetFullPath(outputPath);
        var directory = Path.GetDirectoryName(target)!;
        if (Directory.Exists(directory)) return new ExportFile(target);
        errors.WriteLine($"{command}: --out: the folder {directory} does not exist");
        return null;
    }

    public async Task WriteAsync(Func<Stream, Task> write)
    {
        var partial = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(file);
            }
            File.Move(partial, Target, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }
}
