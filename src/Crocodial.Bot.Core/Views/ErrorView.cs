using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>
/// Why there is no answer: what was understood (e.g. "Inbound summary for TTY, Mon 19 – Sun 25 May"),
/// what went wrong in one friendly sentence, and a command that works.
/// </summary>
public sealed record ErrorView(
    string Title,
    string? Understood,
    string Problem,
    string? Example,
    IReadOnlyList<ViewAction> Actions) : IChatView
{
    /// <summary>Set when a report could not be produced, so callers can tell a service failure from a misread command.</summary>
    public ReportErrorKind? Cause { get; init; }

    public static ErrorView Build(string problem, string? understood = null, string? example = null, string? retryCommand = null) => new(
        "Sorry, that didn't work",
        string.IsNullOrWhiteSpace(understood) ? null : understood,
        problem,
        string.IsNullOrWhiteSpace(example) ? null : example,
        string.IsNullOrWhiteSpace(retryCommand) ? [] : [new ViewAction("Try again", retryCommand)]);

    /// <summary>A report that could not be produced; "try again" is offered only where waiting can help.</summary>
    public static ErrorView From(ReportError error, string? understood = null, string? retryCommand = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var transient = error.Kind is ReportErrorKind.ServiceError or ReportErrorKind.Timeout or ReportErrorKind.MalformedResponse;
        var example = error.Kind == ReportErrorKind.AccessDenied ? "stats yesterday" : null;
        return Build(error.UserMessage, understood, example, transient ? retryCommand : null) with
        {
            Title = "Couldn't get the report",
            Cause = error.Kind,
        };
    }
}
