using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.References;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// A <c>message</c>: acknowledged at once, answered from the work queue. Teams re-sends an activity it thinks
/// went unanswered (about 15 s), so the answer never waits for the report API inside the request.
/// </summary>
public sealed class MessageHandler(
    ActivityDeduplicator deduplicator,
    IConversationReferenceStore references,
    WorkQueue queue,
    AnswerDelivery delivery,
    ILogger<MessageHandler> logger)
{
    public async Task HandleAsync(Activity activity, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        var activityId = activity.Id;
        if (activityId is not null && !deduplicator.TryBegin(reference.ConversationId, activityId))
        {
            TeamsLog.Duplicate(logger, activityId, reference.ConversationId);
            return;
        }

        // Every message stores or refreshes the conversation's reference (service URL, user; §4.2) and brings
        // back one the bot was removed from (§4.4). Stored even without an install event (conversations from
        // before storage existed), so a subscription made here can post. Only the install event greets.
        await references.SaveAsync(reference, cancellationToken);

        var turn = new TeamsTurn(reference, activityId, CommandText.FromMessage(activity));
        if (!queue.TryEnqueue("teams:answer", ct => delivery.ReplyAsync(turn, ct)))
        {
            TeamsLog.Busy(logger, reference.ConversationId);
            if (activityId is not null)
            {
                deduplicator.Forget(reference.ConversationId, activityId);
            }

            await delivery.SendBusyAsync(turn, cancellationToken);
        }
    }
}
