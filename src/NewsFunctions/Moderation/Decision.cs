namespace NewsFunctions.Moderation;

public sealed record Decision(string Status, IReadOnlyList<string> Reasons, double SpamScore);
