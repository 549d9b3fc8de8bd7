using NewsFunctions.Comments;

namespace NewsFunctions.Tests.Comments;

public class CommentValidatorTests
{
    private static CommentInput Valid(string? author = "علي", string? email = "ali@example.com", string? content = "تعليق", string? website = null, string? parentId = null)
        => new(author, email, content, website, parentId);

    [Fact]
    public void Validate_GoodComment_TrimsFields()
    {
        var (comment, errors) = CommentValidator.Validate(Valid(author: "  علي  ", content: "\n نص \n"));

        Assert.Empty(errors);
        Assert.Equal("علي", comment!.Author);
        Assert.Equal("نص", comment.Content);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("email")]
    [InlineData("content")]
    public void Validate_BlankRequiredField_NamesIt(string field)
    {
        var input = field switch
        {
            "author" => Valid(author: "   "),
            "email" => Valid(email: " "),
            _ => Valid(content: "\t\n"),
        };

        var (comment, errors) = CommentValidator.Validate(input);

        Assert.Null(comment);
        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData("author", 100)]
    [InlineData("content", 10_000)]
    public void Validate_AtTheLimit_IsAcceptedAndOneMoreNamesTheField(string field, int limit)
    {
        CommentInput WithLength(int n) => field == "author" ? Valid(author: new string('ع', n)) : Valid(content: new string('ع', n));

        var (atLimit, _) = CommentValidator.Validate(WithLength(limit));
        var (over, errors) = CommentValidator.Validate(WithLength(limit + 1));

        Assert.NotNull(atLimit);
        Assert.Null(over);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Validate_EmailOver254_NamesEmail()
    {
        var email = new string('a', 64) + "@" + new string('b', 186) + ".com";

        var (comment, errors) = CommentValidator.Validate(Valid(email: email));

        Assert.Equal(255, email.Length);
        Assert.Null(comment);
        Assert.Contains("email", errors.Keys);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("Ali <ali@example.com>")]
    [InlineData("a b@example.com")]
    [InlineData("a@@example.com")]
    public void Validate_InvalidEmail_NamesEmailWithoutEchoingIt(string email)
    {
        var (_, errors) = CommentValidator.Validate(Valid(email: email));

        Assert.Contains("email", errors.Keys);
        Assert.DoesNotContain(email, string.Join(" ", errors["email"]));
    }

    [Theory]
    [InlineData("example.com", "https://example.com")]
    [InlineData("example.com:8080/x", "https://example.com:8080/x")]
    [InlineData("http://example.com/a?b=1", "http://example.com/a?b=1")]
    [InlineData("https://مثال.السعودية", "https://مثال.السعودية")]
    [InlineData("  ", null)]
    public void Validate_Website_IsNormalised(string website, string? expected)
    {
        var (comment, errors) = CommentValidator.Validate(Valid(website: website));

        Assert.Empty(errors);
        Assert.Equal(expected, comment!.Website);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com")]
    [InlineData("mailto:a@example.com")]
    [InlineData("data:text/html,hi")]
    [InlineData("https://")]
    [InlineData("localhost")]
    public void Validate_WebsiteWithOtherScheme_NamesWebsite(string website)
    {
        var (comment, errors) = CommentValidator.Validate(Valid(website: website));

        Assert.Null(comment);
        Assert.Equal(["website"], errors.Keys);
    }

    [Fact]
    public void Validate_WebsiteOver200_NamesWebsite()
    {
        var (_, errors) = CommentValidator.Validate(Valid(website: "https://example.com/" + new string('a', 181)));

        Assert.Equal(["website"], errors.Keys);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("../../etc")]
    [InlineData("01A224A3B5BB91D979D4BAF1BE35")]
    [InlineData("01a224a3b5bb91d979d4baf1be3'")]
    public void Validate_ParentIdNotAnId_NamesParentId(string parentId)
    {
        var (_, errors) = CommentValidator.Validate(Valid(parentId: parentId));

        Assert.Equal(["parentId"], errors.Keys);
    }

    [Fact]
    public void Validate_ControlCharacterInContent_IsRefusedButLineBreaksAreKept()
    {
        var (withBell, bellErrors) = CommentValidator.Validate(Valid(content: "a\u0007b"));
        var (withLines, _) = CommentValidator.Validate(Valid(content: "سطر\nسطر"));

        Assert.Null(withBell);
        Assert.Contains("content", bellErrors.Keys);
        Assert.Equal("سطر\nسطر", withLines!.Content);
    }
}
