using NewsFunctions.Articles;

namespace NewsFunctions.Tests.Articles;

public class ArticleStoreKeysTests
{
    [Fact]
    public void IndexKey_NewerArticle_SortsFirst()
    {
        var older = ArticleStore.IndexKey(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), "b");
        var newer = ArticleStore.IndexKey(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "a");

        Assert.True(string.CompareOrdinal(newer, older) < 0);
    }

    [Fact]
    public void SplitBody_LongText_ChunksConcatenateToTheOriginal()
    {
        var body = string.Concat(Enumerable.Repeat("نص عربي 🙂 ", 20_000));

        var chunks = ArticleEntities.SplitBody(body);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 30_000));
        Assert.Equal(body, string.Concat(chunks));
    }

    [Fact]
    public void SplitBody_SurrogatePairAtBoundary_IsNotSplit()
    {
        var body = new string('x', 29_999) + "🙂" + "tail";

        var chunks = ArticleEntities.SplitBody(body);

        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1])));
        Assert.All(chunks, c => Assert.False(char.IsLowSurrogate(c[0])));
        Assert.Equal(body, string.Concat(chunks));
    }

    [Theory]
    [InlineData("سياسة/اقتصاد")]
    [InlineData("a#b?c\\d")]
    public void CategoryPartition_ForbiddenKeyCharacters_AreEscaped(string category)
    {
        var partition = ArticleStore.CategoryPartition(category);

        Assert.DoesNotContain(partition, c => c is '/' or '\\' or '#' or '?');
        Assert.Equal(ArticleStore.CategoryPartition(category.ToUpperInvariant()), partition);
    }
}
