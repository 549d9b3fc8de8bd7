namespace NewsFunctions.IntegrationTests.Infrastructure;

// The one way the tests wait: read until the value is what they need, and fail with what was last
// seen once the deadline passes. Nothing sleeps a fixed time hoping that something happened.
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // `notYet` names the failures that only mean "not yet" (a host still starting, a port not open).
    public static async Task<T> UntilAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, TimeSpan deadline, string what,
        Func<Exception, bool>? notYet = null, Func<T?, string>? explain = null)
    {
        var until = DateTime.UtcNow + deadline;
        T? last = default;
        while (true)
        {
            try
            {
                last = await read();
                if (done(last))
                {
                    return last;
                }
            }
            catch (Exception ex) when (notYet?.Invoke(ex) == true)
            {
            }

            if (DateTime.UtcNow >= until)
            {
                throw new TimeoutException($"Waited {deadline.TotalSeconds:0.#} s for {what}. {explain?.Invoke(last)}".TrimEnd());
            }

            await Task.Delay(Interval);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan deadline, string what, Func<string>? explain = null)
        => UntilAsync(() => Task.FromResult(condition()), held => held, deadline, what, explain: _ => explain?.Invoke() ?? "");
}
