namespace NewsFunctions.Comments;

// What a reader sends. Every field is nullable so a missing field is a validation error the reader
// can read, not a deserialization failure.
public sealed record CommentInput(string? Author, string? Email, string? Content, string? Website = null, string? ParentId = null, string? Hp = null);
