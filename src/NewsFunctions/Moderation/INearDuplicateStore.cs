using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public interface INearDuplicateStore
{
    // Records that the author (a keyed hash of the name, the first of authorKeys) posted a text with
    // this signature at `at`, then counts the other authors who posted the same or a reworded text
    // within `window` before `at`. Recording and counting in one conditional write per band, with the
    // author's own entries left out of the count, makes a redelivery count the same. The other keys
    // are the author's under a rotation's previous secret: their posts before it are no other author.
    Task<int> RecordAndCountOtherAuthorsAsync(
        NearDuplicateSignature signature, IReadOnlyList<string> authorKeys, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);

    // Takes the author's entry out of the signature's band rows (an erasure).
    Task ForgetAuthorAsync(NearDuplicateSignature signature, string authorKey, CancellationToken cancellationToken);
}
