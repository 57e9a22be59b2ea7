namespace Parley.Cli;

/// <summary>
/// <c>parley &lt;command&gt;</c>: subcommands of the one executable, so operators install one thing.
/// Classifier commands live in Parley.Classifier; server-side commands (keys, retrain, import) here.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] ClassifierCommandNames = ["train", "eval", "score"];

    public static bool IsCommand(string arg) => ClassifierCommandNames.Contains(arg) || arg is "help" or "--help" or "keys" or "retrain";

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args[0];
        if (command is "help" or "--help")
        {
            Console.WriteLine("""
                usage: parley [command]          (no command: serve on http://localhost:5080)
                  train --data DIR --out DIR      train the classifier models (see docs/model-card.md)
                  eval  --data DIR                evaluate and regenerate docs/model-card.md
                  score [--as-name]               JSON lines {"text": …} on stdin → scores and spans
                  keys  create|list|rotate|revoke|quota --site SLUG   Perspective API keys
                  retrain --site SLUG             re-fit the site's head on its moderators' decisions
                """);
            return 0;
        }

        if (command == "keys")
        {
            return await Parley.Features.Perspective.KeysCommand.RunAsync(args[1..]);
        }

        if (command == "retrain")
        {
            return await Parley.Features.Moderation.Retraining.RetrainCommand.RunAsync(args[1..]);
        }

        return await Parley.Classifier.ClassifierCommands.RunAsync(command, args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);
    }
}
