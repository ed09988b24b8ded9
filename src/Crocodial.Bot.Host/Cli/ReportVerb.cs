using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Cli;

/// <summary><c>report [--tenant TTY]… [--from D] [--to D]</c>: the KPI summary and the per-day table, as text.</summary>
internal static class ReportVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        using var host = CliHost.Build(stderr, settings);
        if (host is null)
        {
            return CommandLine.UsageError;
        }

        var clock = host.Services.GetRequiredService<CallCentreClock>();
        var bot = host.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var arguments = ReportArguments.Parse(args, clock.Today);
        if (arguments.Error is { } error)
        {
            await stderr.WriteLineAsync($"{error}\n{ReportArguments.Usage}");
            return CommandLine.UsageError;
        }

        var (range, defaultNote) = arguments.Range is { } asked ? (asked, null) : bot.DefaultRangeFor(clock.Today);
        var source = host.Services.GetRequiredService<ReportSource>();
        var result = await source.GetAsync(new ReportRequest(ChannelKey.Cli, arguments.Tenants, false, range), CancellationToken.None);
        if (!result.IsSuccess)
        {
            await stderr.WriteLineAsync($"{result.Error.UserMessage}\n({result.Error.OperatorDetail})");
            return ExitCode(result.Error.Kind);
        }

        var builder = new ReportViewBuilder(bot);
        var request = new ReportViewRequest(result.Data, ReportViewKind.Summary, clock.Today, clock.ZoneId) { DefaultApplied = defaultNote };
        var summary = builder.Build(request);
        var table = builder.Build(request with { Kind = ReportViewKind.Table });
        await stdout.WriteLineAsync(TextRenderer.Render(summary with { Table = table.Table, Actions = [] }));
        return CommandLine.Success;
    }

    public static int ExitCode(ReportErrorKind kind) =>
        kind is ReportErrorKind.BadCredentials or ReportErrorKind.AccessDenied ? CommandLine.UsageError : CommandLine.ReportFailed;
}
