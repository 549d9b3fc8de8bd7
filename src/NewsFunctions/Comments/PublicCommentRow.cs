namespace NewsFunctions.Comments;

public sealed record PublicCommentRow(string Id, string? ParentId, string Author, string AvatarKey, string Content, string? Website, DateTimeOffset CreatedAt)
{
    public PublicComment AsPublic() => new(Id, ParentId, Author, AvatarKey, Content, Website, CreatedAt);
}
