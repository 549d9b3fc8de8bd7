using System.Security.Cryptography;
using System.Text;

namespace NewsFunctions.Comments;

public sealed class SiteHasher(byte[] key)
{
    public string ClientAddress(string address) => Hash("ip", address);

    // The same address in any letter case or with stray spaces gets the same picture.
    public string Avatar(string email) => Hash("avatar", email.Trim().ToLowerInvariant());

    // Near-duplicates are counted per author name, not per email (one sender can own many addresses,
    // and a name is what readers see); "Ali" and " ali " are one name.
    public string Author(string name) => Hash("author", name.Trim().ToLowerInvariant());

    // Two comments are duplicates when article, author, email and content are the same. The length
    // prefixes keep "ab"+"c" apart from "a"+"bc".
    public string Duplicate(string articleSlug, string author, string email, string content)
        => Hash("dup", string.Join('|', new[] { articleSlug, author, email.ToLowerInvariant(), content }.Select(p => $"{p.Length}:{p}")));

    // Only this is stored of an editToken: a leaked table cannot be replayed as a token.
    public string EditToken(string token) => Hash("edit", token);

    private string Hash(string purpose, string value)
        => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose + "\n" + value)).AsSpan(0, 16));
}
