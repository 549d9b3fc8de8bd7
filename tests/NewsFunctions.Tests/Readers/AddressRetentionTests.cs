using NewsFunctions.Readers;

namespace NewsFunctions.Tests.Readers;

public class AddressRetentionCutoffTests
{
    [Theory]
    [InlineData(90, 90)]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    public void CutoffFor_Days_IsThatManyDaysBackAndNeverUnderOne(int days, int expectedDays)
    {
        var now = DateTimeOffset.Parse("2026-12-03T03:30:00Z");

        Assert.Equal(now.AddDays(-expectedDays), AddressRetention.CutoffFor(now, days));
    }
}
