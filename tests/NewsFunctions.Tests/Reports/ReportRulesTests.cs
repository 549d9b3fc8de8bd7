using NewsFunctions.Reports;

namespace NewsFunctions.Tests.Reports;

public class ReportRulesTests
{
    [Fact]
    public void SendBackReason_BelowTheThreshold_IsNull()
    {
        Assert.Null(ReportRules.SendBackReason(["abuse", "spam"], counted: 0, threshold: 3));
    }

    [Fact]
    public void SendBackReason_AtTheThreshold_NamesTheCountAndTheCommonestReason()
    {
        var reason = ReportRules.SendBackReason(["spam", "abuse", "abuse"], counted: 0, threshold: 3);

        Assert.Equal("reported by 3 readers: abuse", reason);
    }

    [Fact]
    public void SendBackReason_ATie_NamesTheGraverReason()
    {
        Assert.Equal("reported by 4 readers: spam", ReportRules.SendBackReason(["other", "spam", "other", "spam"], counted: 0, threshold: 3));
    }

    [Fact]
    public void SendBackReason_AfterAModeratorApprovedItAgain_NeedsThresholdMoreReaders()
    {
        Assert.Null(ReportRules.SendBackReason(["spam", "spam", "spam", "spam"], counted: 3, threshold: 3));
        Assert.Equal("reported by 6 readers: spam", ReportRules.SendBackReason(["spam", "spam", "spam", "spam", "abuse", "spam"], counted: 3, threshold: 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rude")]
    [InlineData("")]
    public void Validate_UnknownOrMissingReason_NamesReason(string? reason)
    {
        var (valid, _, errors) = ReportRules.Validate(new ReportInput(reason, null));

        Assert.Null(valid);
        Assert.Contains("reason", errors.Keys);
    }

    [Fact]
    public void Validate_OverlongNote_NamesNote()
    {
        var (_, _, errors) = ReportRules.Validate(new ReportInput("abuse", new string('x', ReportRules.MaxNoteLength + 1)));

        Assert.Contains("note", errors.Keys);
    }

    [Fact]
    public void Validate_ReasonInAnotherCase_IsTakenLowercase()
    {
        var (reason, note, _) = ReportRules.Validate(new ReportInput(" Off-Topic ", " خارج الموضوع "));

        Assert.Equal("off-topic", reason);
        Assert.Equal("خارج الموضوع", note);
    }
}
