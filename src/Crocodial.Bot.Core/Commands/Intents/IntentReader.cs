using Crocodial.Bot.Core.Commands.Text;
using static Crocodial.Bot.Core.Commands.Intents.TokenSearch;

namespace Crocodial.Bot.Core.Commands.Intents;

/// <summary>
/// The intents named by their own words (unsubscribe, subscribe, subscriptions, compare, explain). Null means
/// "a report if anything was understood, else help", decided once dates, metric and tenants are read.
/// </summary>
internal static class IntentReader
{
    public static CommandIntent? Strong(Tok[] t, int n)
    {
        if (Mark(t, n, "unsubscribe"))
        {
            return CommandIntent.Unsubscribe;
        }

        if (Has(t, n, "stop") && (Has(t, n, "post") || Has(t, n, "subscription") || Has(t, n, "morning")
                                 || Has(t, n, "daily") || Has(t, n, "summary") || n == 1 || FirstNumber(t, n) >= 0))
        {
            MarkAll(t, n, "stop", "post", "subscription", "morning", "daily", "summary", "all");
            return CommandIntent.Unsubscribe;
        }

        if (Has(t, n, "subscription") && FirstNumber(t, n) >= 0 && (Has(t, n, "now") || Has(t, n, "post")))
        {
            MarkAll(t, n, "subscription", "now", "post");
            return CommandIntent.Subscriptions;
        }

        if (Has(t, n, "help") && !HasTime(t, n))
        {
            // "help subscribe", "help compare": a question about the command, answered by the help card.
            return Has(t, n, "kpis") || Has(t, n, "define") ? CommandIntent.Explain : null;
        }

        if (Mark(t, n, "subscribe")
            || ((Has(t, n, "post") || Has(t, n, "subscription") || Has(t, n, "every") || Has(t, n, "daily")
                 || Has(t, n, "weekdays")) && HasTime(t, n)))
        {
            return CommandIntent.Subscribe;
        }

        if (Mark(t, n, "subscription"))
        {
            Mark(t, n, "list");
            return CommandIntent.Subscriptions;
        }

        if (Mark(t, n, "compare") | Mark(t, n, "vs") | Mark(t, n, "compared"))
        {
            return CommandIntent.Compare;
        }

        if (Mark(t, n, "explain") | Mark(t, n, "define")
            || ((Has(t, n, "what") || Has(t, n, "does")) && Mark(t, n, "mean"))
            || (Has(t, n, "help") && Has(t, n, "kpis")))
        {
            MarkAll(t, n, "help", "kpis", "what", "how", "is", "does");
            return CommandIntent.Explain;
        }

        return null;
    }

    public static void MarkAll(Tok[] t, int n, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            Mark(t, n, w);
        }
    }
}
