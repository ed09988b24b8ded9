using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.AdaptiveCards;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.References;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// The unit of background work for one Teams question: typing, the answer, a "still working" note when the
/// report is slow, the card as a reply. Whatever fails, the user reads a sentence about it, never silence.
/// </summary>
public sealed class AnswerDelivery(
    Answerer answerer,
    ConnectorClient connector,
    IConversationReferenceStore references,
    TimeProvider time,
    ILogger<AnswerDelivery> logger)
{
    /// <summary>DECISIONS §5: a chat answer not ready after 10 s gets a "still working" note.</summary>
    public static readonly TimeSpan StillWorkingAfter = TimeSpan.FromSeconds(10);

    public const string FailedSentence = "Sorry, something went wrong on my side while answering. Please try again in a minute.";
    public const string TooLargeSentence = "That answer is too large for a Teams message. Try a shorter period, or a summary instead of a per-day table.";

    public async Task ReplyAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await connector.SendTypingAsync(turn.Reference, cancellationToken);

        var answering = AnswerAsync(turn, cancellationToken);
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var stillWorking = Task.Delay(StillWorkingAfter, time, stop.Token);
            if (await Task.WhenAny(answering, stillWorking) == stillWorking && !cancellationToken.IsCancellationRequested)
            {
                await SendAsync(turn, Activity.CreateMessage(StillWorking(turn), "plain"), cancellationToken);
            }

            await stop.CancelAsync();
        }

        var view = await answering;
        var result = await SendAsync(turn, AdaptiveCardRenderer.ToActivity(view), cancellationToken);
        if (result.Outcome == ConnectorOutcome.TooLarge)
        {
            await SendAsync(turn, Activity.CreateMessage(TooLargeSentence, "plain"), cancellationToken);
        }
        else if (result.Outcome is ConnectorOutcome.Failed)
        {
            // The card may be what was refused; a sentence still tells the user their question was not lost.
            await SendAsync(turn, Activity.CreateMessage(FailedSentence, "plain"), cancellationToken);
        }
    }

    /// <summary>The queue is full: said at once, from the request, so nothing is dropped silently (DECISIONS §8).</summary>
    public Task<ConnectorResult> SendBusyAsync(TeamsTurn turn, CancellationToken cancellationToken) =>
        SendAsync(turn, Activity.CreateMessage(WorkQueue.BusyMessage, "plain"), cancellationToken);

    /// <summary>The view for a question; an unexpected failure becomes an error view, never an exception.</summary>
    public async Task<IChatView> AnswerAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            return await answerer.AnswerAsync(turn.Message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure must end in a sentence in the chat, so it is caught, logged and told.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TeamsLog.AnswerFailed(logger, ex, turn.Reference.ConversationId);
            return ErrorView.Build(FailedSentence, example: "help");
        }
    }

    /// <summary>Replaces a card for everyone (after an <c>Action.Execute</c>); a vanished card is answered anew.</summary>
    public async Task UpdateAsync(TeamsTurn turn, string cardActivityId, IChatView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = AdaptiveCardRenderer.ToActivity(view);
        var result = await connector.UpdateAsync(turn.Reference, cardActivityId, activity, cancellationToken);
        if (result.Outcome is ConnectorOutcome.ActivityNotFound or ConnectorOutcome.Failed)
        {
            result = await connector.SendToConversationAsync(turn.Reference, activity, cancellationToken);
        }

        await NoteAsync(turn, result, cancellationToken);
    }

    /// <summary>"Fetching inbound summary for TTY, …", or null when the answer needs no report.</summary>
    public string? FetchingLine(TeamsTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return answerer.FetchingLine(turn.Message);
    }

    public string StillWorking(TeamsTurn turn)
    {
        var fetching = FetchingLine(turn);
        return fetching is null ? "Still working on it…" : $"Still working on it… ({fetching})";
    }

    private async Task<ConnectorResult> SendAsync(TeamsTurn turn, Activity activity, CancellationToken cancellationToken)
    {
        var result = turn.ActivityId is { Length: > 0 } replyTo
            ? await connector.ReplyAsync(turn.Reference, replyTo, activity, cancellationToken)
            : await connector.SendToConversationAsync(turn.Reference, activity, cancellationToken);
        if (result.Outcome == ConnectorOutcome.ActivityNotFound)
        {
            result = await connector.SendToConversationAsync(turn.Reference, activity, cancellationToken);
        }

        await NoteAsync(turn, result, cancellationToken);
        return result;
    }

    private async Task NoteAsync(TeamsTurn turn, ConnectorResult result, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            return;
        }

        TeamsLog.DeliveryFailed(logger, turn.Reference.ConversationId, result.Outcome, result.Reason);
        if (result.Outcome == ConnectorOutcome.BotRemoved)
        {
            await references.DeactivateAsync(turn.Reference.ConversationId, cancellationToken);
        }
    }
}
