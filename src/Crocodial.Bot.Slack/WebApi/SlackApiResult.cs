using System.Diagnostics.CodeAnalysis;

namespace Crocodial.Bot.Slack.WebApi;

/// <summary>The outcome of a Web API call: a value, or the Slack error with a sentence for the user.</summary>
public sealed record SlackApiResult<T>
{
    internal SlackApiResult(T? value, SlackApiError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public SlackApiError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null;
}

internal static class SlackApiResult
{
    public static SlackApiResult<T> Success<T>(T value) => new(value, null);

    public static SlackApiResult<T> Failure<T>(SlackApiError error) => new(default, error);
}
