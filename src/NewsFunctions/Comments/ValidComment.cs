namespace NewsFunctions.Comments;

// A comment that passed the submission rules, trimmed and normalised.
public sealed record ValidComment(string Author, string Email, string Content, string? Website, string? ParentId, string? Honeypot);
