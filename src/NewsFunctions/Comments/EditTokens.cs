using System.Security.Cryptography;

namespace NewsFunctions.Comments;

// The secret a poster edits or withdraws their comment with. 32 random bytes cannot be guessed;
// only SiteHasher.EditToken of it is kept, and it is compared in fixed time so the answer's timing
// tells nothing about how much of a guess was right. A token issued before a rotation was hashed
// with the previous secret, so each candidate is compared.
public static class EditTokens
{
    public const string Header = "X-Comment-Token";

    // base64url of 32 bytes.
    public const int Length = 43;

    public static string New() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool Matches(string? token, string? storedHash, SiteHashers hashers)
        => token is { Length: Length } && storedHash is not null
            && hashers.Candidates(h => h.EditToken(token)).Any(candidate => CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(candidate), System.Text.Encoding.ASCII.GetBytes(storedHash)));

    // Whether the edit window is still open at `now` for a comment posted at `createdAt`.
    public static bool WindowOpen(DateTimeOffset createdAt, DateTimeOffset now, int editWindowSeconds)
        => now <= createdAt.AddSeconds(editWindowSeconds);
}
