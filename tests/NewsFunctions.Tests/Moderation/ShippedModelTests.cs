using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Spam;
using NewsFunctions.SpamLearning;

namespace NewsFunctions.Tests.Moderation;

public class ShippedModelTests
{
    // An innocent sentence that the shipped model, trained only on the synthetic corpus, scores as
    // spam with near certainty.
    private static readonly CommentText Innocent = new("قارئ", "رسالة واحدة تصل مرتين", null, null);

    [Fact]
    public void Check_ShippedModelFlagsInnocentText_WithHoldAllowed_WouldHoldIt()
    {
        var checker = new SpamChecker(new SpamRules(2, [], []), SpamModel.Default, modelMayHold: true);

        var verdict = checker.Check(Innocent);

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
    }

    [Fact]
    public void CreateChecker_ShippedModel_OnlyAddsToTheScore()
    {
        var model = new CurrentSpamModel(SpamModel.Default, new SpamModelInfo(SpamModelSources.Default, null, SpamModelSources.Default, null));

        var verdict = SpamCheckerCache.CreateChecker(ModerationSettings.Defaults, model).Check(Innocent);

        Assert.Equal(SpamLevel.Clean, verdict.Level);
        Assert.True(verdict.Score > 0);
    }

    [Fact]
    public void CreateChecker_RetrainedModel_MayHoldOnItsOwn()
    {
        var model = new CurrentSpamModel(SpamModel.Default, new SpamModelInfo("v2", DateTimeOffset.UnixEpoch, SpamModelSources.Retrained, null));

        var verdict = SpamCheckerCache.CreateChecker(ModerationSettings.Defaults, model).Check(Innocent);

        Assert.Equal(SpamLevel.Suspect, verdict.Level);
    }
}
