using Microsoft.Extensions.Configuration;
using NewsFunctions.Comments;

namespace NewsFunctions.Tests.Comments;

public class SubmissionGuardTests
{
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-11-29T10:00:05Z"));

    private SubmissionGuard Guard(int permitsPerMinute = 100)
        => new(new ConfigurationBuilder().AddInMemoryCollection([new(SubmissionGuard.PermitsSettingName, permitsPerMinute.ToString())]).Build(), clock);

    [Fact]
    public void TryAdmit_SameAuthorWithinFloodSeconds_AsksToWaitTheRest()
    {
        var guard = Guard();

        var first = guard.TryAdmit("author", "client-1", floodSeconds: 15);
        clock.Advance(TimeSpan.FromSeconds(5));
        var second = guard.TryAdmit("author", "client-2", floodSeconds: 15);

        Assert.Equal(0, first);
        Assert.Equal(10, second);
    }

    [Fact]
    public void TryAdmit_SameClientWithOtherAuthor_IsFloodToo()
    {
        var guard = Guard();

        guard.TryAdmit("author-1", "client", floodSeconds: 15);
        var second = guard.TryAdmit("author-2", "client", floodSeconds: 15);

        Assert.True(second > 0);
    }

    [Fact]
    public void TryAdmit_AfterFloodSeconds_IsAdmitted()
    {
        var guard = Guard();

        guard.TryAdmit("author", "client", floodSeconds: 15);
        clock.Advance(TimeSpan.FromSeconds(15));
        var again = guard.TryAdmit("author", "client", floodSeconds: 15);

        Assert.Equal(0, again);
    }

    [Fact]
    public void TryAdmit_FloodSecondsZero_LimitsOnlyByRate()
    {
        var guard = Guard(permitsPerMinute: 3);

        var answers = Enumerable.Range(0, 4).Select(i => guard.TryAdmit($"author-{i}", "client", floodSeconds: 0)).ToList();

        Assert.Equal([0, 0, 0], answers.Take(3));
        Assert.Equal(55, answers[3]);
    }
}

public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
