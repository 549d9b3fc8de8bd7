namespace NewsFunctions.Moderation;

public sealed record ModeratorInput(string? Moderator);
