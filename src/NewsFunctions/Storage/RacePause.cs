namespace NewsFunctions.Storage;

// Instances racing for one row's ETag each lose a round to whoever wrote first. A short random
// pause, growing with the rounds lost, spreads them out so each round one of them wins; without it
// they retry in step and run out of retries together.
public static class RacePause
{
    public static Task AfterLostRoundAsync(int roundsLost, CancellationToken cancellationToken)
        => Task.Delay(Random.Shared.Next(5, 20 + 10 * Math.Min(roundsLost, 10)), cancellationToken);
}
