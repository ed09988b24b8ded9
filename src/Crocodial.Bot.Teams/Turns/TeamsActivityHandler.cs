using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// <c>POST /api/messages</c>: read (at most 1 MB), authenticate before any handler runs, then dispatch on the
/// activity type. Non-invokes get 202 at once; an invoke's answer is the response body (§1.2).
/// </summary>
public sealed class TeamsActivityHandler(
    BotTokenValidator validator,
    MessageHandler messages,
    InvokeHandler invokes,
    InstallationHandler installations,
    ILogger<TeamsActivityHandler> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            TeamsLog.TooLarge(logger, MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, TeamsJson.Options);
        }
        catch (JsonException)
        {
            TeamsLog.BadRequest(logger, "body is not an activity in JSON");
            return Results.BadRequest();
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            TeamsLog.BadRequest(logger, "activity has no type");
            return Results.BadRequest();
        }

        var auth = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            return Results.StatusCode(auth.StatusCode);
        }

        var reference = ConversationReference.FromActivity(activity);
        if (reference is null)
        {
            TeamsLog.BadRequest(logger, "activity has no serviceUrl or conversation id");
            return Results.BadRequest();
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await messages.HandleAsync(activity, reference, cancellationToken);
                return Results.Accepted();
            case ActivityTypes.Invoke when activity.Name == InvokeHandler.AdaptiveCardAction:
                var answer = await invokes.HandleAsync(activity, reference, cancellationToken);
                return Results.Content(answer.ToJsonString(), "application/json; charset=utf-8");
            case ActivityTypes.Invoke:
                TeamsLog.Ignored(logger, activity.Type, activity.Name);
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            case ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate:
                await installations.HandleAsync(activity, reference, cancellationToken);
                return Results.Accepted();
            default:
                TeamsLog.Ignored(logger, activity.Type, activity.Name);
                return Results.Accepted();
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
