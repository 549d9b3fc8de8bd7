namespace NewsFunctions.Storage;

public static class ContainerNames
{
    // The retrained spam model (SpamLearning/SpamModelStore).
    public const string Models = "models";

    public static readonly IReadOnlyList<string> All = [Models];
}
