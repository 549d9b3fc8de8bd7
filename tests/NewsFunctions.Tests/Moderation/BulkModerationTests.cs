using NewsFunctions.Bans;
using NewsFunctions.Moderation;

namespace NewsFunctions.Tests.Moderation;

public class BulkModerationTests
{
    [Fact]
    public void Validate_101Items_NamesItems()
    {
        var items = Enumerable.Range(0, 101).Select(i => new BulkItemInput($"id{i}", "W/\"1\"")).ToList();

        var errors = BulkModeration.Validate(new BulkInput("approve", items));

        Assert.Equal(["items"], errors.Keys);
    }

    [Fact]
    public void Validate_ItemWithoutEtagAndUnknownAction_NamesBoth()
    {
        var errors = BulkModeration.Validate(new BulkInput("delete", [new BulkItemInput("a", "W/\"1\""), new BulkItemInput("b", " ")]));

        Assert.Contains("action", errors.Keys);
        Assert.Contains("items[1].etag", errors.Keys);
        Assert.DoesNotContain("items[0].etag", errors.Keys);
    }

    [Fact]
    public void Validate_HundredItemsWithEtags_IsValid()
    {
        var items = Enumerable.Range(0, 100).Select(i => new BulkItemInput($"id{i}", "W/\"1\"")).ToList();

        Assert.Empty(BulkModeration.Validate(new BulkInput("spam", items)));
    }

    [Theory]
    [InlineData(ChangeOutcome.Changed, 200)]
    [InlineData(ChangeOutcome.NotFound, 404)]
    [InlineData(ChangeOutcome.ParentNotApproved, 409)]
    [InlineData(ChangeOutcome.PreconditionFailed, 412)]
    public void StatusCodeOf_EachOutcome_IsItsHttpStatus(ChangeOutcome outcome, int expected)
    {
        Assert.Equal(expected, BulkModeration.StatusCodeOf(outcome));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public void BanValidate_DaysOutOfRange_NamesDays(int days)
    {
        var (ban, errors) = BanRules.Validate(new BanInput("c1", days, "spam campaign"));

        Assert.Null(ban);
        Assert.Equal(["days"], errors.Keys);
    }

    [Fact]
    public void BanValidate_NoDaysAndNoReason_DefaultsDaysAndNamesReason()
    {
        var (_, errors) = BanRules.Validate(new BanInput("c1", null, null));
        var (ban, _) = BanRules.Validate(new BanInput("c1", null, "abuse"));

        Assert.Equal(["reason"], errors.Keys);
        Assert.Equal(BanRules.DefaultDays, ban!.Days);
    }
}
