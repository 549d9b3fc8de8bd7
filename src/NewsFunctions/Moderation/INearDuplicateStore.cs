namespace NewsFunctions.Moderation;

public interface INearDuplicateStore
{
    // Records that the author (a keyed hash of the name) posted a text with this fingerprint at
    // `at`, then counts the other authors who posted it within `window` before `at`. Recording and
    // counting in one conditional write, with the author's own entry left out of the count, makes a
    // redelivery count the same.
    Task<int> RecordAndCountOtherAuthorsAsync(string fingerprint, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);
}
