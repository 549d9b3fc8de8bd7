namespace NewsFunctions.Counters;

public interface IStatusCounter
{
    // Counts the comment under the status stored for it now, moving it from the one it was counted
    // under: once however often it is called, so safe after a crash, a redelivery or a retry.
    Task SyncAsync(string commentId, CancellationToken cancellationToken);

    // The same for a comment this caller has just created with that status: no read of it. A
    // moderator's change in between is counted by that change's own sync, which finds this marker.
    Task SyncCreatedAsync(string commentId, string status, CancellationToken cancellationToken);

    // A constant number of point reads, whatever the number of comments.
    Task<SiteCounts> ReadAsync(CancellationToken cancellationToken);
}
