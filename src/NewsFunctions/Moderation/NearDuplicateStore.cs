using System.Globalization;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

// One `commentindex` row per fingerprint, n-{fingerprint} / authors, across all articles, listing the
// authors who posted the text with the time of each one's latest post. Most texts are posted once, so
// the common case is one insert that succeeds: nobody posted it before. A text posted again is read
// and rewritten under its ETag, so two instances writing at the same moment cannot lose each other:
// the second write fails with 412 and reads the first. Within an instance the posts of one text
// that arrive together (a campaign pasting it from many workers) go into one read and one write,
// in order, as if they had come one after another. (A row per author and a range read to count
// them cost two requests on every comment, and Azurite answers a range read by scanning the table.)
public sealed class NearDuplicateStore : INearDuplicateStore
{
    // Two other names already decide spam; keeping far more than that only grows the row.
    public const int MaxAuthors = 50;

    // Instances racing on one text retry their conditional writes; each retry has read the winner's
    // write, so every round one of them gets through.
    private const int MaxAttempts = 40;

    private const string AuthorsRow = "authors";

    private readonly TableClient index;
    private readonly WriteCoalescer<Post> posts;

    public NearDuplicateStore(TableServiceClient tableService)
    {
        index = tableService.GetTableClient(TableNames.CommentIndex);
        posts = new(waiting => waiting.Count, RecordRoundAsync);
    }

    public async Task<int> RecordAndCountOtherAuthorsAsync(string fingerprint, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var post = new Post(authorKey, at, window);
        await posts.WriteAsync(Partition(fingerprint), post, cancellationToken);
        return post.OtherAuthors;
    }

    internal static string Partition(string fingerprint) => "n-" + fingerprint;

    private async Task RecordRoundAsync(string partition, IReadOnlyList<Post> round)
    {
        try
        {
            var authors = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            Apply(round, authors);
            await index.AddEntityAsync(Entity(partition, authors), CancellationToken.None);
            return;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            // Posted before, by these authors (a redelivery, or the same text again) or by others.
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The row is never deleted: it exists once an insert conflicted on it.
                var row = (await index.GetEntityAsync<TableEntity>(partition, AuthorsRow, cancellationToken: CancellationToken.None)).Value;
                var authors = Parse(row.GetString("Authors"));
                if (Apply(round, authors))
                {
                    await index.UpdateEntityAsync(Entity(partition, authors), row.ETag, TableUpdateMode.Replace, CancellationToken.None);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(0, 2 * attempt));
            }
        }
    }

    // Counts and records each post in order, so a post sees the ones before it in the round; says
    // whether the row changed. A redelivery finds its own entry with its own time and changes nothing.
    private static bool Apply(IReadOnlyList<Post> round, Dictionary<string, DateTimeOffset> authors)
    {
        var changed = false;
        foreach (var post in round)
        {
            // Only posts up to this one's time count: a redelivery after other authors posted the
            // same text later still sees what the first delivery saw.
            var from = post.At - post.Window;
            post.OtherAuthors = Math.Min(MaxAuthors, authors.Count(a => a.Key != post.AuthorKey && a.Value >= from && a.Value <= post.At));

            // An author who posts the text again moves their time forward (an older redelivery can
            // move it back; that only shifts when that author's window ends).
            if (!authors.TryGetValue(post.AuthorKey, out var recorded) || recorded != post.At)
            {
                authors[post.AuthorKey] = post.At;
                changed = true;
            }
        }

        // The oldest give way past the cap.
        foreach (var oldest in authors.OrderByDescending(a => a.Value).Skip(MaxAuthors).ToList())
        {
            authors.Remove(oldest.Key);
        }

        return changed;
    }

    // "key=ticks;key=ticks" (UTC ticks, exact): author keys are hex, so neither separator can occur in one.
    private static TableEntity Entity(string partition, IReadOnlyDictionary<string, DateTimeOffset> authors) => new(partition, AuthorsRow)
    {
        ["Authors"] = string.Join(';', authors.Select(a => a.Key + "=" + a.Value.UtcTicks.ToString(CultureInfo.InvariantCulture))),
    };

    private static Dictionary<string, DateTimeOffset> Parse(string? authors)
    {
        var parsed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var entry in (authors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = entry.LastIndexOf('=');
            if (separator > 0 && long.TryParse(entry.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                parsed[entry[..separator]] = new DateTimeOffset(ticks, TimeSpan.Zero);
            }
        }

        return parsed;
    }

    private sealed record Post(string AuthorKey, DateTimeOffset At, TimeSpan Window)
    {
        // Set by the round that wrote the post, before the caller's task completes.
        public int OtherAuthors { get; set; }
    }
}
