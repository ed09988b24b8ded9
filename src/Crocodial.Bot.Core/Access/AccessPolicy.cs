using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Core.Access;

/// <summary>
/// Which tenants a channel may see (DECISIONS §7). With no rules every channel sees every tenant;
/// with rules, a channel no rule matches sees nothing — access fails closed.
/// </summary>
public sealed class AccessPolicy(IOptions<AccessOptions> options)
{
    public bool HasRules => options.Value.Rules.Count > 0;

    public ChannelAccess ForChannel(string channelKey)
    {
        if (!HasRules)
        {
            return ChannelAccess.Everything;
        }

        var rule = options.Value.Rules.FirstOrDefault(r => ChannelKey.Matches(r.Channel, channelKey));
        if (rule is null)
        {
            return ChannelAccess.Nothing;
        }

        var seesAll = rule.Tenants.Any(t => t.Trim() == "*");
        return new ChannelAccess(seesAll, Normalise(rule.Tenants), Normalise(rule.Default));
    }

    public TenantDecision Decide(string channelKey, IReadOnlyList<string> requested, bool allTenants)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var access = ForChannel(channelKey);
        if (!access.SeesAll && access.Visible.Count == 0)
        {
            return TenantDecision.Refuse("This channel can't see any tenant yet — ask an admin to give it access.");
        }

        if (requested.Count > 0)
        {
            var refused = requested.Where(t => !access.CanSee(t)).ToList();
            return refused.Count == 0
                ? TenantDecision.Allow(Normalise(requested), usedDefault: false)
                : TenantDecision.Refuse($"This channel can't see {JoinNames(refused)} — ask an admin.");
        }

        var everything = access.SeesAll ? [] : access.Visible;
        if (allTenants)
        {
            return TenantDecision.Allow(everything, usedDefault: false);
        }

        var defaults = access.Defaults.Where(access.CanSee).ToList();
        return TenantDecision.Allow(defaults.Count > 0 ? defaults : everything, usedDefault: true);
    }

    private static List<string> Normalise(IEnumerable<string> tenants) =>
        tenants.Select(t => t.Trim().ToUpperInvariant())
            .Where(t => t.Length > 0 && t != "*")
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string JoinNames(List<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names[..^1]) + " or " + names[^1],
    };
}
