using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// An <c>Action.Execute</c> click (<c>invoke</c> <c>adaptiveCard/action</c>), answered in the HTTP response:
/// the refreshed card when the report is ready within 5 s (the cache usually makes it so), else a "working"
/// card. Either way the card is then replaced for everyone with <c>PUT</c>, as the invoke answer changes it
/// only for the user who clicked (DECISIONS §6).
/// </summary>
public sealed class InvokeHandler(WorkQueue queue, AnswerDelivery delivery, TimeProvider time)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(5);

    public async Task<JsonObject> HandleAsync(Activity activity, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        var command = CommandText.FromInvoke(activity);
        if (command is null)
        {
            return Error(400, "BadRequest", "The button sent no command I can read.");
        }

        var turn = new TeamsTurn(reference, null, command);
        var answered = new TaskCompletionSource<IChatView>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = queue.TryEnqueue("teams:invoke", async ct =>
        {
            var view = await delivery.AnswerAsync(turn, ct);
            answered.TrySetResult(view);
            if (activity.ReplyToId is { Length: > 0 } cardId)
            {
                await delivery.UpdateAsync(turn, cardId, view, ct);
            }
        });
        if (!queued)
        {
            return CardResponse(SystemCards.Notice(WorkQueue.BusyMessage));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ready = await Task.WhenAny(answered.Task, Task.Delay(AnswerWithin, time, stop.Token)) == answered.Task;
        await stop.CancelAsync();
        return ready
            ? CardResponse(AdaptiveCardRenderer.Render(await answered.Task))
            : CardResponse(SystemCards.Working(delivery.FetchingLine(turn)));
    }

    public static JsonObject CardResponse(JsonObject card) => new()
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.card.adaptive",
        ["value"] = card,
    };

    public static JsonObject Error(int status, string code, string message) => new()
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
