using NewsFunctions.IntegrationTests.Storage;
using NewsFunctions.Reports;

namespace NewsFunctions.IntegrationTests.Readers;

// One report per comment per address, also across a secret rotation: the address's hash under the
// previous secret is the same reporter.
public sealed class ReportStoreTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-03T10:00:00Z");

    private readonly ReportStore store = new(azurite.Tables);

    [Fact]
    public async Task Record_SameAddressBeforeAndAfterARotation_CountsOnceAlsoAfterThePreviousSecretIsCleared()
    {
        await store.RecordAsync("c-rotated", ["address-old"], "spam", null, At, CancellationToken.None);

        var again = await store.RecordAsync("c-rotated", ["address-new", "address-old"], "abuse", null, At.AddMinutes(1), CancellationToken.None);
        var twice = await store.RecordAsync("c-rotated", ["address-new", "address-old"], "abuse", null, At.AddMinutes(2), CancellationToken.None);
        var other = await store.RecordAsync("c-rotated", ["other-new", "other-old"], "abuse", null, At.AddMinutes(3), CancellationToken.None);
        var withoutPrevious = await store.RecordAsync("c-rotated", ["address-new"], "abuse", null, At.AddMinutes(4), CancellationToken.None);

        Assert.Equal(["spam"], again);
        Assert.Equal(["spam"], twice);
        Assert.Equal(["abuse", "spam"], other.Order());
        Assert.Equal(["abuse", "spam"], withoutPrevious.Order());
    }
}
