namespace NewsFunctions.Settings;

public static class ModerationModes
{
    public const string Auto = "auto";
    public const string Pre = "pre";
}
