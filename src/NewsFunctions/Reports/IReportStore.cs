namespace NewsFunctions.Reports;

public interface IReportStore
{
    // Records the address's report of the comment unless that address reported it before (the first
    // report stands), and returns the reason of every address's report of it.
    Task<IReadOnlyList<string>> RecordAsync(string commentId, string addressHash, string reason, string? note, DateTimeOffset at, CancellationToken cancellationToken);
}
