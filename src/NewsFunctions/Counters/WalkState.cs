namespace NewsFunctions.Counters;

// How far the reconciler's walk through the comments has come: the last id it checked ("" at the
// start of a walk) and when it last reached the end.
public sealed record WalkState(string After, DateTimeOffset? CheckedAt)
{
    public static readonly WalkState Start = new("", null);
}
