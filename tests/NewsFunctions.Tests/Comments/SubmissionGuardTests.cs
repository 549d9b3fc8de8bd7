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

    [Fact]
    public void TryAdmit_RateCountCarriesAcrossAGenerationTurn()
    {
        var guard = Guard(permitsPerMinute: 3);
        guard.TryAdmit("starter", "starter-client", floodSeconds: 0);
        clock.Advance(TimeSpan.FromSeconds(56));
        guard.TryAdmit("author-0", "client", floodSeconds: 0);
        guard.TryAdmit("author-1", "client", floodSeconds: 0);

        // 10:01:06: a minute after the first request the generation turns, inside minute 10:01.
        clock.Advance(TimeSpan.FromSeconds(5));
        var third = guard.TryAdmit("author-2", "client", floodSeconds: 0);
        var fourth = guard.TryAdmit("author-3", "client", floodSeconds: 0);

        Assert.Equal(0, third);
        Assert.Equal(54, fourth);
    }

    [Fact]
    public void TryAdmit_LongFloodSeconds_RemembersTheAuthorAcrossMinutesOfOtherTraffic()
    {
        var guard = Guard();
        guard.TryAdmit("author", "client", floodSeconds: 300);

        for (var i = 0; i < 6; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(48));
            guard.TryAdmit($"other-{i}", $"client-{i}", floodSeconds: 300);
        }

        var again = guard.TryAdmit("author", "client-9", floodSeconds: 300);

        Assert.Equal(300 - 6 * 48, again);
    }

    [Fact]
    public void TryAdmit_KeysOfTwoGenerationsAgo_AreDropped()
    {
        var guard = Guard();
        for (var i = 0; i < 1_000; i++)
        {
            guard.TryAdmit($"author-{i}", $"client-{i}", floodSeconds: 15);
        }

        clock.Advance(TimeSpan.FromSeconds(61));
        guard.TryAdmit("late-1", "late-client-1", floodSeconds: 15);
        clock.Advance(TimeSpan.FromSeconds(61));
        guard.TryAdmit("late-2", "late-client-2", floodSeconds: 15);

        // Each late submission's email and client keys and its rate count: nothing of the 1,000.
        Assert.Equal(6, guard.TrackedKeys);
    }

    [Fact]
    public void TryAdmit_FloodSecondsLowered_StillHoldsASubmissionInsideTheNewLimit()
    {
        var guard = Guard();
        guard.TryAdmit("starter", "starter-client", floodSeconds: 3_600);
        clock.Advance(TimeSpan.FromSeconds(1_500));
        guard.TryAdmit("author", "client", floodSeconds: 3_600);

        // The limit drops to 600 s, 100 s after the author's comment: the generation turns.
        clock.Advance(TimeSpan.FromSeconds(100));
        var again = guard.TryAdmit("author", "client-2", floodSeconds: 600);

        Assert.Equal(500, again);
    }

    [Fact]
    public void TryAdmit_FloodOfDistinctClients_HoldsAtMostTwoFullGenerations()
    {
        var guard = Guard();

        for (var i = 0; i < 3 * SubmissionGuard.MaxKeysPerGeneration; i++)
        {
            guard.TryAdmit($"author-{i}", $"client-{i}", floodSeconds: 15);
        }

        Assert.InRange(guard.TrackedKeys, SubmissionGuard.MaxKeysPerGeneration, 4 * SubmissionGuard.MaxKeysPerGeneration);
    }
}

public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
