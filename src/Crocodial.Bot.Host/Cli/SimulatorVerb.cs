namespace Crocodial.Bot.Host.Cli;

internal static class SimulatorVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        await Console.Error.WriteLineAsync($"simulator is not available yet ({args.Length} arguments).");
        return CommandLine.UsageError;
    }
}
