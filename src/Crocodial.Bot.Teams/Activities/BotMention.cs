using System.Net;
using System.Text.RegularExpressions;

namespace Crocodial.Bot.Teams.Activities;

/// <summary>
/// The user's words with the bot's own @mention taken out. Channel and group messages carry
/// <c>&lt;at&gt;Bot&lt;/at&gt;</c> in the text; other users' mentions are kept, because they may be
/// part of the question.
/// </summary>
public static partial class BotMention
{
    public static string StripFrom(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId))
        {
            foreach (var mention in activity.Entities ?? [])
            {
                if (!mention.IsMention || !string.Equals(mention.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var mentionText = string.IsNullOrEmpty(mention.Text) ? $"<at>{mention.Mentioned?.Name}</at>" : mention.Text;
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Older clients leave empty <at></at> behind and pad with &nbsp; (msteams-docs#172).
        text = EmptyAtTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Whether the bot itself is among the mentioned (read from entities, not from text).</summary>
    public static bool IsBotMentioned(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId) && (activity.Entities ?? []).Any(e =>
            e.IsMention && string.Equals(e.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"<at>(\s|&nbsp;)*</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmptyAtTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
