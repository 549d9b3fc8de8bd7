using NewsFunctions.Articles;

namespace NewsFunctions.Tests.Articles;

public class ArticleValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_MissingRequiredFields_NamesEachField()
    {
        var input = new ArticleInput(Title: "  ", Body: null, Category: "");

        var (draft, errors) = ArticleValidator.Validate("slug", input, Now);

        Assert.Null(draft);
        Assert.Equal(["body", "category", "title"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_Defaults_AreArabicNowAndOpen()
    {
        var input = new ArticleInput(Title: " عنوان ", Body: "نص", Category: "محليات");

        var (draft, _) = ArticleValidator.Validate("slug", input, Now);

        Assert.NotNull(draft);
        Assert.Equal("عنوان", draft.Title);
        Assert.Equal("ar", draft.Language);
        Assert.Equal(Now, draft.PublishedAt);
        Assert.True(draft.CommentsOpen);
    }

    [Fact]
    public void Validate_Body_IsKeptExactlyWithItsWhitespace()
    {
        var body = "  الفقرة الأولى\n\n\tالفقرة الثانية  \n";

        var (draft, _) = ArticleValidator.Validate("slug", new ArticleInput("t", body, "c"), Now);

        Assert.Equal(body, draft!.Body);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/x")]
    [InlineData("not a url")]
    public void Validate_NonHttpSourceUrl_IsAnError(string url)
    {
        var (_, errors) = ArticleValidator.Validate("slug", new ArticleInput("t", "b", "c", SourceUrl: url), Now);

        Assert.Contains("sourceUrl", errors.Keys);
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("en-GB", true)]
    [InlineData("<script>", false)]
    [InlineData("a", false)]
    public void Validate_Language_MustBeATag(string language, bool valid)
    {
        var (_, errors) = ArticleValidator.Validate("slug", new ArticleInput("t", "b", "c", Language: language), Now);

        Assert.Equal(!valid, errors.ContainsKey("language"));
    }

    [Fact]
    public void Validate_TitleOverLimit_IsAnErrorNotACut()
    {
        var (draft, errors) = ArticleValidator.Validate("slug", new ArticleInput(new string('ع', 301), "b", "c"), Now);

        Assert.Null(draft);
        Assert.Contains("300", errors["title"][0]);
    }

    [Fact]
    public void IsBodyTooLong_Over200000Characters_IsTrue()
    {
        Assert.False(ArticleValidator.IsBodyTooLong(new ArticleInput("t", new string('x', 200_000), "c")));
        Assert.True(ArticleValidator.IsBodyTooLong(new ArticleInput("t", new string('x', 200_001), "c")));
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("fa-IR", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("fr-CA", "ltr")]
    public void DirectionOf_Language_FollowsTheScript(string language, string direction)
    {
        Assert.Equal(direction, ArticleMapping.DirectionOf(language));
    }
}
