namespace Crocodial.Bot.Core.Access;

/// <summary>
/// One entry of <c>Access:Rules</c>: which tenants a channel may see and which it gets when it names none.
/// <c>Channel</c> is a channel key (<see cref="ChannelKey"/>); a trailing <c>*</c> matches any suffix.
/// <c>Tenants: ["*"]</c> means every tenant.
/// </summary>
public sealed class AccessRule
{
    public string Channel { get; set; } = "";

    public List<string> Tenants { get; set; } = [];

    public List<string> Default { get; set; } = [];
}
