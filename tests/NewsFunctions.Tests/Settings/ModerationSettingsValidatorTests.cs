using NewsFunctions.Settings;

namespace NewsFunctions.Tests.Settings;

public class ModerationSettingsValidatorTests
{
    [Fact]
    public void Validate_EmptyDocument_GivesTheDefaultsOfApiMd()
    {
        var (settings, errors) = ModerationSettingsValidator.Validate(new ModerationSettingsInput(null, null, null, null, null));

        Assert.Empty(errors);
        Assert.Equal(ModerationModes.Auto, settings!.Mode);
        Assert.Equal(2, settings.MaxLinks);
        Assert.Equal(15, settings.FloodSeconds);
        Assert.Equal(900, settings.EditWindowSeconds);
        Assert.Equal(3, settings.ReportThreshold);
    }

    [Fact]
    public void Validate_FieldsLeftOut_KeepTheirCurrentValues()
    {
        var current = ModerationSettings.Defaults with { Mode = ModerationModes.Pre, BannedWords = ["كازينو"], FloodSeconds = 0, EditWindowSeconds = 60, ReportThreshold = 5 };

        var (settings, errors) = ModerationSettingsValidator.Validate(new ModerationSettingsInput(null, MaxLinks: 4, null, null, null), current);

        Assert.Empty(errors);
        Assert.Equal(4, settings!.MaxLinks);
        Assert.Equal(ModerationModes.Pre, settings.Mode);
        Assert.Equal(["كازينو"], settings.BannedWords);
        Assert.Equal(0, settings.FloodSeconds);
        Assert.Equal(60, settings.EditWindowSeconds);
        Assert.Equal(5, settings.ReportThreshold);
    }

    [Theory]
    [InlineData(-1, 3, "editWindowSeconds")]
    [InlineData(86_401, 3, "editWindowSeconds")]
    [InlineData(900, 0, "reportThreshold")]
    public void Validate_EditWindowOrThresholdOutOfRange_NamesIt(int window, int threshold, string field)
    {
        var (_, errors) = ModerationSettingsValidator.Validate(new ModerationSettingsInput(null, null, null, null, null, EditWindowSeconds: window, ReportThreshold: threshold));

        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData("strict")]
    [InlineData("")]
    [InlineData("AUTO!")]
    public void Validate_UnknownMode_NamesMode(string mode)
    {
        var (settings, errors) = ModerationSettingsValidator.Validate(new ModerationSettingsInput(mode, null, null, null, null));

        Assert.Null(settings);
        Assert.Equal(["mode"], errors.Keys);
    }

    [Fact]
    public void Validate_NegativeNumbersAndBlankWords_NameEachField()
    {
        var (_, errors) = ModerationSettingsValidator.Validate(new ModerationSettingsInput("pre", -1, [" "], [null], -5));

        Assert.Equal(["bannedWords", "floodSeconds", "maxLinks", "suspectWords"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_ListTooLongToStore_NamesTheList()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"{i}-" + new string('ك', 95)).ToList();

        var (_, errors) = ModerationSettingsValidator.Validate(new ModerationSettingsInput("auto", 2, [], words, 15));

        Assert.Equal(["suspectWords"], errors.Keys);
    }

    [Fact]
    public void Validate_Words_AreTrimmedAndDeduplicated()
    {
        var (settings, _) = ModerationSettingsValidator.Validate(new ModerationSettingsInput("pre", 3, [" Casino ", "casino", "قمار"], [], 0));

        Assert.Equal(["Casino", "قمار"], settings!.BannedWords);
        Assert.Equal(ModerationModes.Pre, settings.Mode);
    }
}
