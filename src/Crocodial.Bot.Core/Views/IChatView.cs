namespace Crocodial.Bot.Core.Views;

/// <summary>Anything the bot answers with; every renderer handles each kind of view.</summary>
public interface IChatView
{
    string Title { get; }
}
