namespace Crocodial.Bot.Host.Cli;

internal static class ReportVerb
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        stderr.WriteLine("report is not available yet.");
        return Task.FromResult(CommandLine.UsageError);
    }
}
