using Crocodial.Bot.Host.Configuration;

namespace Crocodial.Bot.Host.Cli;

/// <summary>
/// The host executable's verbs (DECISIONS §3). Exit codes: 0 success, 1 the report could not be
/// produced, 2 usage or configuration error. Answers go to stdout, diagnostics to stderr.
/// </summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int ReportFailed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        // Options (--urls, or the --environment/--applicationName a test host passes) mean "serve".
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = verb == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];
        switch (verb)
        {
            case "serve":
                return await ServeAsync(rest);
            case "parse":
                return ParseVerb.Run(rest, Console.In, Console.Out, Console.Error);
            case "ask":
                return await AskVerb.RunAsync(rest, Console.Out, Console.Error);
            case "report":
                return await ReportVerb.RunAsync(rest, Console.Out, Console.Error);
            case "simulator":
                return await SimulatorVerb.RunAsync(rest);
            default:
                await Console.Error.WriteLineAsync(
                    $"Unknown verb '{verb}'. Use one of: serve, ask, report, parse, simulator.");
                return UsageError;
        }
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        try
        {
            await BotApp.Build(args).RunAsync();
            return Success;
        }
        catch (InvalidSettingsException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return UsageError;
        }
    }
}
