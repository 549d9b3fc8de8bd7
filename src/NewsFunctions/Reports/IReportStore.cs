namespace NewsFunctions.Reports;

public interface IReportStore
{
    // Records the address's report of the comment under the first of its hashes unless that address
    // reported it before under any of them (the first report stands), and returns the reason of every
    // address's report of it. The other hashes are the same address's under a rotation's previous secret.
    Task<IReadOnlyList<string>> RecordAsync(string commentId, IReadOnlyList<string> addressHashes, string reason, string? note, DateTimeOffset at, CancellationToken cancellationToken);

    // Erasure: every report of these comments, and every report made from these addresses.
    Task<int> ForgetAsync(IEnumerable<string> commentIds, IEnumerable<string> addressHashes, CancellationToken cancellationToken);
}
