using NewsFunctions.Spam;

namespace NewsFunctions.SpamLearning;

public interface ISpamModelStore
{
    // The stored model's version, or null when none was trained yet: a cheap check, no download.
    Task<string?> GetVersionAsync(CancellationToken cancellationToken);

    // Null when none was stored, or when it changed between the check and this read (try later).
    Task<(SpamModel Model, SpamModelInfo Info)?> GetAsync(CancellationToken cancellationToken);

    Task<SpamModelInfo> SaveAsync(SpamModel model, TrainingCounts counts, DateTimeOffset trainedAt, CancellationToken cancellationToken);
}
