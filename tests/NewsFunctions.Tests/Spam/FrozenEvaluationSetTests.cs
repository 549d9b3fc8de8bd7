using System.Security.Cryptography;

namespace NewsFunctions.Tests.Spam;

public class FrozenEvaluationSetTests
{
    // bench/eval/README.md: the unseen-campaigns set is frozen; a changed byte is a new set.
    private const string Sha256 = "7b13057218bd3d5da1c3c16d71fb80628f4943c2f1d826eb4a754e3ad5024263";

    [Fact]
    public void UnseenCampaigns_IsTheFrozenFile()
    {
        var path = Path.Combine(RepositoryRoot(), "bench", "eval", "unseen-campaigns.tsv");

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        Assert.Equal(Sha256, hash);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsFunctions.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("NewsFunctions.sln not found above the test output.");
    }
}
