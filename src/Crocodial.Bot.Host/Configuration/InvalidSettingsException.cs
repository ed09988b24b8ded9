namespace Crocodial.Bot.Host.Configuration;

/// <summary>Start-up stops here, naming every bad setting at once.</summary>
internal sealed class InvalidSettingsException(IReadOnlyList<string> problems)
    : Exception("Configuration problem:\n  " + string.Join("\n  ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
