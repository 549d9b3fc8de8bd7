namespace NewsFunctions.SpamLearning;

public static class SpamModelSources
{
    public const string Default = "default";
    public const string Retrained = "retrained";
}
