using System.Net;
using System.Text;
using System.Text.Json;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Http;
using NewsFunctions.Settings;

namespace NewsFunctions.Tests.Comments;

public class PostCommentTests
{
    private const string Slug = "news-1";

    private readonly Mock<IArticleStore> articles = new();
    private readonly Mock<ICommentQueue> queue = new();
    private readonly Mock<ISettingsStore> settings = new();
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));

    public PostCommentTests()
    {
        var now = clock.GetUtcNow();
        articles.Setup(a => a.GetAsync(Slug, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredArticle(new ArticleDraft(Slug, "t", "b", "c", null, [], null, null, null, "ar", now, true), now, 0, "e"));
        settings.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(((ModerationSettings, string)?)null);
    }

    private CommentFunctions Functions(string? previousSecret = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            new(SiteKeys.SecretSettingName, "test-secret"), new(SiteKeys.PreviousSecretSettingName, previousSecret)]).Build();
        return new CommentFunctions(articles.Object, Mock.Of<ICommentStore>(), new CommentSubmission(queue.Object,
            new SubmissionGuard(configuration, clock), new ModerationSettingsCache(settings.Object, clock),
            new SiteKeys(configuration, Mock.Of<ISiteSecretStore>()), clock, NullLogger<CommentSubmission>.Instance));
    }

    private static HttpRequest Request(string body, string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    [Fact]
    public async Task Post_FloodSecondsComeFromTheSettingsRowAlone()
    {
        settings.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync((ModerationSettings.Defaults with { FloodSeconds = 0 }, "v1"));
        var functions = Functions();

        var first = await functions.PostComment(Request("""{"author":"علي","email":"ali@example.com","content":"نص 1"}"""), Slug, CancellationToken.None);
        var second = await functions.PostComment(Request("""{"author":"علي","email":"ali@example.com","content":"نص 2"}"""), Slug, CancellationToken.None);

        Assert.Equal(StatusCodes.Status202Accepted, Assert.IsType<JsonBodyResult>(first).StatusCode);
        Assert.Equal(StatusCodes.Status202Accepted, Assert.IsType<JsonBodyResult>(second).StatusCode);
        settings.Verify(s => s.GetAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Post_ValidComment_Returns202AfterSendingAMessageWithoutTheRawAddress()
    {
        CommentMessage? sent = null;
        queue.Setup(q => q.SendAsync(It.IsAny<CommentMessage>(), It.IsAny<CancellationToken>()))
            .Callback((CommentMessage m, CancellationToken _) => sent = m).Returns(Task.CompletedTask);

        var result = await Functions().PostComment(Request("""{"author":"علي","email":"ali@example.com","content":"نص"}"""), Slug, CancellationToken.None);

        var answer = Assert.IsType<JsonBodyResult>(result);
        Assert.Equal(StatusCodes.Status202Accepted, answer.StatusCode);
        var accepted = Assert.IsType<CommentAccepted>(answer.Body);
        Assert.Equal(sent!.Id, accepted.Id);
        Assert.DoesNotContain("ali@example.com", JsonSerializer.Serialize(answer.Body, ApiJson.Options));
        Assert.DoesNotContain("203.0.113.7", CommentMessages.Serialize(sent));
        Assert.Equal(32, sent.IpHash!.Length);
        Assert.Equal(EditTokens.Length, accepted.EditToken.Length);
        Assert.DoesNotContain(accepted.EditToken, CommentMessages.Serialize(sent));
        Assert.Equal(32, sent.EditHash!.Length);
        Assert.Equal(clock.GetUtcNow().AddSeconds(900), accepted.EditableUntil);
    }

    [Fact]
    public async Task Post_QueueUnreachable_LetsTheStorageFailureEscapeSoTheHostAnswers503()
    {
        queue.Setup(q => q.SendAsync(It.IsAny<CommentMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "queue down"));

        await Assert.ThrowsAsync<RequestFailedException>(() =>
            Functions().PostComment(Request("""{"author":"علي","email":"ali@example.com","content":"نص"}"""), Slug, CancellationToken.None));
    }

    [Fact]
    public async Task Post_BlankEmail_Returns400NamingEmailAndSendsNothing()
    {
        var result = await Functions().PostComment(Request("""{"author":"علي","email":"  ","content":"نص"}"""), Slug, CancellationToken.None);

        var problem = Assert.IsType<ProblemBody>(Assert.IsType<JsonBodyResult>(result).Body);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["email"], problem.Errors!.Keys);
        queue.Verify(q => q.SendAsync(It.IsAny<CommentMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Post_SameEmailTwiceWithinFloodSeconds_Returns429WithRetryAfter()
    {
        var functions = Functions();
        await functions.PostComment(Request("""{"author":"علي","email":"ali@example.com","content":"نص 1"}"""), Slug, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(4));

        var second = await functions.PostComment(Request("""{"author":"علي","email":"ALI@example.com","content":"نص 2"}"""), Slug, CancellationToken.None);

        var answer = Assert.IsType<JsonBodyResult>(second);
        Assert.Equal(StatusCodes.Status429TooManyRequests, answer.StatusCode);
        Assert.Equal("11", answer.Headers["Retry-After"]);
    }

    [Fact]
    public async Task Post_Form_Returns303ToTheArticlePage()
    {
        var result = await Functions().PostComment(
            Request("author=%D8%B9%D9%84%D9%8A&email=ali%40example.com&content=x", "application/x-www-form-urlencoded"), Slug, CancellationToken.None);

        var answer = Assert.IsType<JsonBodyResult>(result);
        Assert.Equal(StatusCodes.Status303SeeOther, answer.StatusCode);
        Assert.Equal("/api/pages/articles/news-1", answer.Headers["Location"]);
    }

    [Fact]
    public async Task Post_UnknownArticle_Returns404WithoutReadingTheBody()
    {
        var result = await Functions().PostComment(Request("{"), "no-such-article", CancellationToken.None);

        Assert.Equal(StatusCodes.Status404NotFound, Assert.IsType<JsonBodyResult>(result).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("old-secret")]
    public async Task Post_DuringARotationOnly_TheMessageCarriesTheAddressHashUnderThePreviousSecret(string? previousSecret)
    {
        CommentMessage? sent = null;
        queue.Setup(q => q.SendAsync(It.IsAny<CommentMessage>(), It.IsAny<CancellationToken>()))
            .Callback((CommentMessage m, CancellationToken _) => sent = m).Returns(Task.CompletedTask);

        await Functions(previousSecret).PostComment(Request("""{"author":"علي","email":"ali@example.com","content":"نص"}"""), Slug, CancellationToken.None);

        var old = new SiteKeys(new ConfigurationBuilder().AddInMemoryCollection([new(SiteKeys.SecretSettingName, "old-secret")]).Build(), Mock.Of<ISiteSecretStore>());
        var expected = previousSecret is null ? null : (await old.GetHashersAsync(CancellationToken.None)).Current.ClientAddress("203.0.113.7");
        Assert.Equal(expected, sent!.PreviousIpHash);
        Assert.NotEqual(sent.IpHash, sent.PreviousIpHash);
    }
}
