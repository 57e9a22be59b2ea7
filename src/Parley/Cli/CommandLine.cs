namespace Parley.Cli;

/// <summary>
/// <c>parley &lt;command&gt;</c>: subcommands of the one executable, so operators install one thing.
/// Classifier commands live in Parley.Classifier; server-side commands (keys, retrain, import) here.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] ClassifierCommandNames = ["train", "eval", "score"];

    public static bool IsCommand(string arg) => ClassifierCommandNames.Contains(arg) || arg is "help" or "--help" or "keys";

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args[0];
        if (command is "help" or "--help")
        {
            Console.WriteLine("usage: parley [train|eval|score] …   (no command: serve)");
            return 0;
        }

        if (command == "keys")
        {
            return await Parley.Features.Perspective.KeysCommand.RunAsync(args[1..]);
        }

        await Console.Error.WriteLineAsync($"parley {command}: not available in this build.");
        return 2;
    }
}
