namespace NewsFunctions.Bans;

// What moderators see of a ban. The keyed hashes it matches on stay in the store: a moderator has
// no need for them, and the fewer places they appear the less there is to leak or to erase.
public sealed record Ban(string Id, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string Reason, string By, string AuthorName);

public sealed record BanPage(IReadOnlyList<Ban> Items);

public sealed record BanInput(string? CommentId, int? Days, string? Reason);

// A ban as stored: the public fields and the reader's email and address keys it matches on.
public sealed record StoredBan(Ban Ban, string EmailKey, string? AddressKey);
