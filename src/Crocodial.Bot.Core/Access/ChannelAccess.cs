namespace Crocodial.Bot.Core.Access;

/// <summary>What one channel may see. <see cref="SeesAll"/> means every tenant, whatever it is called.</summary>
public sealed record ChannelAccess(bool SeesAll, IReadOnlyList<string> Visible, IReadOnlyList<string> Defaults)
{
    public static ChannelAccess Everything { get; } = new(true, [], []);

    public static ChannelAccess Nothing { get; } = new(false, [], []);

    public bool CanSee(string tenant) =>
        SeesAll || Visible.Contains(tenant, StringComparer.OrdinalIgnoreCase);
}
