using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Spam;

public class HeldOutScoreTests
{
    [Fact]
    public void Of_CountsWhatTheModelHoldsAtItsOwnThreshold()
    {
        var model = SpamModel.Train(Enumerable.Repeat(("اربح الان", true), 3).Concat(Enumerable.Repeat(("مقال جميل", false), 3)))
            .WithHoldLogOdds(0);

        var score = HeldOutScore.Of(model, [("اربح الان", true), ("مقال جميل", true), ("مقال جميل", false), ("اربح", false)]);

        Assert.Equal(new HeldOutScore(Spam: 2, SpamHeld: 1, Ham: 2, HamHeld: 1), score);
    }

    [Theory]
    [InlineData(100, 1, true)]   // as good
    [InlineData(96, 1, true)]    // three held-out spam in a hundred less: within tolerance
    [InlineData(95, 1, false)]   // worse at spam
    [InlineData(100, 2, false)]  // more ham held than before or calibration allows
    public void MayReplace_OnlyWhenNoWorseOnHeldOutRows(int candidateSpamHeld, int candidateHamHeld, bool expected)
    {
        var current = new HeldOutScore(Spam: 120, SpamHeld: 100, Ham: 200, HamHeld: 1);
        var candidate = new HeldOutScore(Spam: 120, SpamHeld: candidateSpamHeld, Ham: 200, HamHeld: candidateHamHeld);

        Assert.Equal(expected, candidate.MayReplace(current));
    }
}
