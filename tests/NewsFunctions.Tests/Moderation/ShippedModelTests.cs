using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;

namespace NewsFunctions.Tests.Moderation;

// The shipped model is calibrated on written comments it was not trained on, so it may hold alone
// above the threshold it carries, and only there.
public class ShippedModelTests
{
    private static readonly CurrentSpamModel Shipped =
        new(SpamModel.Default, new SpamModelInfo(SpamModelSources.Default, null, SpamModelSources.Default, null));

    [Fact]
    public void Default_CarriesACalibratedHoldThreshold()
    {
        Assert.True(SpamModel.Default.HoldLogOdds > 0);
    }

    [Theory]
    [InlineData("رسالة واحدة تصل مرتين")]
    [InlineData("الحكومة لازم تراجع أسعار الكهرباء قبل الصيف، الناس ما عادت تتحمل")]
    public void CreateChecker_ShippedModel_LeavesOrdinaryCommentsClean(string content)
    {
        var verdict = SpamCheckerCache.CreateChecker(ModerationSettings.Defaults, Shipped).Check(new CommentText("قارئ", content, null, null));

        Assert.Equal(SpamLevel.Clean, verdict.Level);
    }

    [Fact]
    public void CreateChecker_ModelAboveItsThreshold_HoldsOnItsOwn()
    {
        var text = new CommentText("قارئ", "رسالة واحدة تصل مرتين", null, null);
        var eager = new CurrentSpamModel(SpamModel.Default.WithHoldLogOdds(SpamModel.Default.LogOdds(text.Content) - 1), Shipped.Info);

        var verdict = SpamCheckerCache.CreateChecker(ModerationSettings.Defaults, eager).Check(text);

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("reads like the spam the model was trained on", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateChecker_SwitchedOffCategory_ReachesTheChecker()
    {
        var settings = ModerationSettings.Defaults with { RuleCategories = new Dictionary<string, bool> { ["betting"] = false } };
        var text = new CommentText("قارئ", "كازينو اون لاين وجاكبوت كل ليلة", null, null);

        var on = SpamCheckerCache.CreateChecker(ModerationSettings.Defaults, Shipped).Check(text);
        var off = SpamCheckerCache.CreateChecker(settings, Shipped).Check(text);

        Assert.Contains(on.Reasons, r => r.Contains("betting promotion", StringComparison.Ordinal));
        Assert.DoesNotContain(off.Reasons, r => r.Contains("betting promotion", StringComparison.Ordinal));
    }
}
