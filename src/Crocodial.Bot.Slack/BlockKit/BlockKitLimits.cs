namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>Slack's documented Block Kit limits for messages (reference §6.1–6.3); Slack refuses a message over any of them.</summary>
public static class BlockKitLimits
{
    public const int Blocks = 50;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int Fields = 10;
    public const int FieldText = 2000;
    public const int ContextElements = 10;
    public const int ContextText = 3000;
    public const int ActionElements = 25;
    public const int ButtonText = 75;

    /// <summary>A confirmation dialog's question, and its confirm and deny buttons.</summary>
    public const int ConfirmText = 300;

    public const int ConfirmButton = 30;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int TableRows = 100;
    public const int TableColumns = 20;
    public const int TableCellChars = 10_000;

    /// <summary>Slack truncates at 40,000; the reference advises staying under 4,000.</summary>
    public const int FallbackText = 4000;
}
