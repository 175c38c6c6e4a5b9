using System.CommandLine;
using System.Security.Cryptography;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// <c>mineralgraph curator new-key NAME</c>: makes a random curator API key and prints it once, with the
/// configuration lines that register its hash; <c>mineralgraph curator hash-key KEY</c>: the hash of a key you chose.
/// The server only ever holds the hash.
/// </summary>
public static class CuratorCommand
{
    public static Command Create()
    {
        var command = new Command("curator", "Curator API keys: make one, or hash one for the server's configuration");
        var name = new Argument<string>("NAME") { Description = "The curator's name, as history will show it" };
        var index = new Option<int>("--index") { Description = "The position in Curation:Keys (0 for the first key)", DefaultValueFactory = _ => 0 };
        var newKey = new Command("new-key", "Make a random key; prints the key (give it to the curator) and the settings for the server") { name, index };
        newKey.SetAction(parse => NewKey(parse.GetValue(name)!, parse.GetValue(index), Console.Out));
        var key = new Argument<string>("KEY") { Description = "The key" };
        var hashKey = new Command("hash-key", "Print the SHA-256 of a key, as Curation:Keys:N:Sha256 stores it") { key };
        hashKey.SetAction(parse =>
        {
            Console.Out.WriteLine(CuratorKeys.Hash(parse.GetValue(key)!));
            return 0;
        });
        command.Subcommands.Add(newKey);
        command.Subcommands.Add(hashKey);
        return command;
    }

    public static int NewKey(string name, int index, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Console.Error.WriteLine("mineralgraph: NAME must not be empty");
            return 1;
        }
        // 32 random bytes, URL-safe: long enough that guessing is hopeless.
        var key = "mgk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        output.WriteLine($"key (give it to {name}; it is not stored anywhere): {key}");
        output.WriteLine("server settings (environment variables):");
        output.WriteLine($"  Curation__Keys__{index}__Name={name}");
        output.WriteLine($"  Curation__Keys__{index}__Sha256={CuratorKeys.Hash(key)}");
        return 0;
    }
}
