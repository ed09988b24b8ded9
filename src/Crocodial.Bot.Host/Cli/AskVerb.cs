using System.Globalization;
using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;

namespace Crocodial.Bot.Host.Cli;

/// <summary><c>ask "text" [--today YYYY-MM-DD]</c>: answers as the bot would in a chat, rendered as text.</summary>
internal static class AskVerb
{
    private const string Usage = "usage: ask \"inbound stats last week for TTY\" [--today YYYY-MM-DD]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryRead(args, out var text, out var today, out var problem))
        {
            await stderr.WriteLineAsync($"{problem}\n{Usage}");
            return CommandLine.UsageError;
        }

        using var host = CliHost.Build(stderr, settings);
        if (host is null)
        {
            return CommandLine.UsageError;
        }

        var answerer = host.Services.GetRequiredService<Answerer>();
        var view = await answerer.AnswerAsync(new ChatMessage(text, ChannelKey.Cli, Today: today), CancellationToken.None);
        await stdout.WriteLineAsync(TextRenderer.Render(view));
        return view is ErrorView { Cause: { } cause } ? ReportVerb.ExitCode(cause) : CommandLine.Success;
    }

    private static bool TryRead(string[] args, out string text, out DateOnly? today, out string problem)
    {
        var words = new List<string>();
        (text, today, problem) = ("", null, "");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--today" || args[i].StartsWith("--today=", StringComparison.Ordinal))
            {
                var value = args[i].Length > "--today".Length ? args[i]["--today=".Length..] : i + 1 < args.Length ? args[++i] : "";
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problem = $"--today '{value}' is not a date in the form YYYY-MM-DD.";
                    return false;
                }

                today = date;
            }
            else
            {
                words.Add(args[i]);
            }
        }

        text = string.Join(' ', words);
        problem = "Say what to ask.";
        return text.Length > 0;
    }
}
