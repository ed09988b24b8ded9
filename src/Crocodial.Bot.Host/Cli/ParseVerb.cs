namespace Crocodial.Bot.Host.Cli;

internal static class ParseVerb
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        stderr.WriteLine("parse is not available yet.");
        return CommandLine.UsageError;
    }
}
