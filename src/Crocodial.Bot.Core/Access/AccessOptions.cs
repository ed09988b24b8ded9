namespace Crocodial.Bot.Core.Access;

/// <summary>Configuration section <c>Access</c>: rules are tried in order and the first match wins.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public List<AccessRule> Rules { get; set; } = [];
}
