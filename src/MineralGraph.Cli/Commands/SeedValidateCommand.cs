using System.CommandLine;
using System.Text.Json;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// <c>mineralgraph seed validate [DIR] [--json]</c>: checks graph-seed and reports every error with file, line
/// and field. Exit code 0 when valid, 1 when not.
/// </summary>
public static class SeedValidateCommand
{
    public static Command Create()
    {
        var directory = new Argument<string?>("DIR") { Description = "The seed folder (default: graph-seed, searched upwards from here)", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: valid, counts by kind, evidence, errors" };
        var command = new Command("validate", "Validate graph-seed: ids, relation ends, dates, evidence and quotes") { directory, json };
        command.SetAction(parse => Run(parse.GetValue(directory), parse.GetValue(json), Console.Out));
        return command;
    }

    public static int Run(string? directory, bool json, TextWriter output)
    {
        var path = SeedDirectory.Resolve(directory);
        var result = SeedLoader.Load(path);
        if (json) output.WriteLine(JsonSerializer.Serialize(Report(result), JsonOptions));
        else WriteText(result, path, output);
        return result.IsValid ? 0 : 1;
    }

    static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    static object Report(SeedLoadResult result) => new
    {
        valid = result.IsValid,
        entities = result.Readable.EntityCounts,
        relations = result.Readable.RelationCounts,
        evidence = result.Readable.EvidenceCount,
        errors = result.Errors.Select(e => new { file = e.File, line = e.Line, field = e.Field, message = e.Message }),
    };

    static void WriteText(SeedLoadResult result, string path, TextWriter output)
    {
        foreach (var error in result.Errors) output.WriteLine(error);
        var graph = result.Readable;
        output.WriteLine(result.IsValid
            ? $"{path}: valid — {graph.Entities.Count} entities, {graph.Relations.Count} relations, {graph.EvidenceCount} evidence items"
            : $"{path}: INVALID — {result.Errors.Count} error(s); nothing may be loaded from it");
        if (!result.IsValid) return;
        output.WriteLine("entities:  " + string.Join(", ", graph.EntityCounts.Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine("relations: " + string.Join(", ", graph.RelationCounts.Select(p => $"{p.Key} {p.Value}")));
    }
}
