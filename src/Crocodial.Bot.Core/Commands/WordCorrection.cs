namespace Crocodial.Bot.Core.Commands;

/// <summary>A typed word read as a vocabulary word (rule D9.6), so the answer can say "yesterdy → yesterday".</summary>
public readonly record struct WordCorrection(string Typed, string Meant);
