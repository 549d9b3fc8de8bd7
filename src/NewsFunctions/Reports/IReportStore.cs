namespace NewsFunctions.Reports;

public interface IReportStore
{
    // Records the address's report of the comment unless that address reported it before (the first
    // report stands), and returns the reason of every address's report of it.
    Task<IReadOnlyList<string>> RecordAsync(string commentId, string addressHash, string reason, string? note, DateTimeOffset at, CancellationToken cancellationToken);

    // Erasure: every report of these comments, and every report made from these addresses.
    Task<int> ForgetAsync(IEnumerable<string> commentIds, IEnumerable<string> addressHashes, CancellationToken cancellationToken);
}
