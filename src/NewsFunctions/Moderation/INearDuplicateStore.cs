using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public interface INearDuplicateStore
{
    // Records that the author (a keyed hash of the name) posted a text with this signature at `at`,
    // then counts the other authors who posted the same or a reworded text within `window` before
    // `at`. Recording and counting in one conditional write per band, with the author's own entry
    // left out of the count, makes a redelivery count the same.
    Task<int> RecordAndCountOtherAuthorsAsync(
        NearDuplicateSignature signature, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);

    // Takes the author's entry out of the signature's band rows (an erasure).
    Task ForgetAuthorAsync(NearDuplicateSignature signature, string authorKey, CancellationToken cancellationToken);
}
