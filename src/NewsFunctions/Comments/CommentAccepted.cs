namespace NewsFunctions.Comments;

// EditToken is given here, to the poster, once: nothing else ever answers with it.
public sealed record CommentAccepted(string Id, string Status, string EditToken, DateTimeOffset EditableUntil);
