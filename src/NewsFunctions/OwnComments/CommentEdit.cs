namespace NewsFunctions.OwnComments;

// The body of PUT .../comments/{id}: only the text can change; name, email and website stay.
public sealed record CommentEdit(string? Content);
