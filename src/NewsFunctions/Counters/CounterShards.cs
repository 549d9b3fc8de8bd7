namespace NewsFunctions.Counters;

// Where a comment is counted. Every status change of the site updates one shard's row, so one row
// would make all of them race for one ETag; eight rows keep the races rare and the stats at eight
// point reads. A comment's shard is fixed by its id's last hex digit (random, CommentIds), so every
// change of a comment lands beside its marker in the same partition.
public static class CounterShards
{
    public const int Count = 8;

    private const string PartitionPrefix = "c-";
    private const string MarkerPrefix = "m-";

    public const string CountsRow = "counts";

    // The reconciler's place in the comments table: a partition no shard uses.
    public const string WalkPartition = PartitionPrefix + "walk";
    public const string WalkRow = "state";

    // Every marker key sorts after this one and before MarkersEnd.
    public const string MarkersStart = MarkerPrefix;
    public const string MarkersEnd = "m.";

    public static int Of(string commentId) => Convert.ToInt32(commentId[^1..], 16) % Count;

    public static string Partition(int shard) => PartitionPrefix + shard;

    public static string MarkerKey(string commentId) => MarkerPrefix + commentId;

    public static string IdOf(string markerKey) => markerKey[MarkerPrefix.Length..];
}
