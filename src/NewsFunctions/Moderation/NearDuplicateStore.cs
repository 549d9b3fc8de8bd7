using System.Globalization;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Spam;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

// One `commentindex` row per band value of the MinHash signature, l-{band key} / authors, across all
// articles, listing the latest post of each author whose text had that band value, with its time
// and whole signature. A reworded copy shares at least one band with its original most of the time,
// and the whole signature confirms it, so a lookup is the comment's four band rows. Most texts share
// no band with anything, so the common case is four inserts that succeed: nobody posted anything
// like it. A band row that exists is read and rewritten under its ETag, so two instances writing at
// the same moment cannot lose each other. Within an instance the posts of one band that arrive
// together (a campaign pasting from many workers) go into one read and one write, in order.
// Each band value has a partition of its own rather than all sharing one (where a text's four rows
// would fit one transaction): Azurite reads a whole partition to find a row in it, so one partition
// that grows with every comment would slow every lookup of the local system down.
public sealed class NearDuplicateStore : INearDuplicateStore
{
    // Two other names already decide spam; keeping far more than that only grows the row.
    public const int MaxAuthors = 50;

    // Instances racing on one band retry their conditional writes; each retry has read the winner's
    // write, so every round one of them gets through.
    private const int MaxAttempts = 40;

    private const string AuthorsRow = "authors";

    private readonly TableClient index;
    private readonly WriteCoalescer<Post> posts;
    private readonly Lock enqueueOrder = new();

    public NearDuplicateStore(TableServiceClient tableService)
    {
        index = tableService.GetTableClient(TableNames.CommentIndex);
        posts = new(waiting => waiting.Count, RecordRoundAsync);
    }

    public async Task<int> RecordAndCountOtherAuthorsAsync(
        NearDuplicateSignature signature, IReadOnlyList<string> authorKeys, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var post = new Post(authorKeys[0], authorKeys, at, window, signature);
        Task[] bands;
        // Posts join every band's queue in the same order, so a post never sees a later one through
        // one band while that one sees it through another: the union over the bands stays what
        // posting one after another would give.
        lock (enqueueOrder)
        {
            bands = [.. Enumerable.Range(0, NearDuplicateSignature.Bands)
                .Select(band => posts.WriteAsync(Partition(signature.BandKey(band)), post, cancellationToken))];
        }
        await Task.WhenAll(bands);
        return Math.Min(MaxAuthors, post.OtherAuthors.Count);
    }

    internal static string Partition(string bandKey) => "l-" + bandKey;

    // Each band row is rewritten under the ETag read, as recording does, so a post arriving at the
    // same moment is not lost; an emptied row is kept, as recording expects it to exist.
    public async Task ForgetAuthorAsync(NearDuplicateSignature signature, string authorKey, CancellationToken cancellationToken)
    {
        foreach (var partition in Enumerable.Range(0, NearDuplicateSignature.Bands).Select(band => Partition(signature.BandKey(band))))
        {
            for (var attempt = 1; ; attempt++)
            {
                var found = await index.GetEntityIfExistsAsync<TableEntity>(partition, AuthorsRow, cancellationToken: cancellationToken);
                if (!found.HasValue || found.Value is not { } row)
                {
                    break;
                }

                var authors = Parse(row.GetString("Authors"));
                if (!authors.Remove(authorKey))
                {
                    break;
                }

                try
                {
                    await index.UpdateEntityAsync(Entity(partition, authors), row.ETag, TableUpdateMode.Replace, cancellationToken);
                    break;
                }
                catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxAttempts)
                {
                }
            }
        }
    }

    private async Task RecordRoundAsync(string partition, IReadOnlyList<Post> round)
    {
        try
        {
            var authors = new Dictionary<string, Entry>(StringComparer.Ordinal);
            Apply(round, authors);
            await index.AddEntityAsync(Entity(partition, authors), CancellationToken.None);
            return;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            // Posted before, by these authors (a redelivery) or by others with a text alike.
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

    // Finds and records each post in order, so a post sees the ones before it in the round; says
    // whether the row changed. A redelivery finds its own entry with its own time and changes nothing.
    private static bool Apply(IReadOnlyList<Post> round, Dictionary<string, Entry> authors)
    {
        var changed = false;
        foreach (var post in round)
        {
            // Only posts up to this one's time count: a redelivery after other authors posted a
            // text alike later still sees what the first delivery saw.
            var from = post.At - post.Window;
            foreach (var (author, entry) in authors)
            {
                if (!post.OwnKeys.Contains(author) && entry.At >= from && entry.At <= post.At
                    && post.Signature.Similarity(entry.Signature) >= NearDuplicateSignature.SameTextSimilarity)
                {
                    post.Found(author);
                }
            }

            // An author who posts again moves their time forward and keeps only their latest text.
            if (!authors.TryGetValue(post.AuthorKey, out var recorded) || recorded.At != post.At)
            {
                authors[post.AuthorKey] = new Entry(post.At, post.Signature);
                changed = true;
            }
        }

        // The oldest give way past the cap.
        foreach (var oldest in authors.OrderByDescending(a => a.Value.At).Skip(MaxAuthors).ToList())
        {
            authors.Remove(oldest.Key);
        }

        return changed;
    }

    // "key=ticks=signature;..." (UTC ticks, exact): author keys are hex and signatures base64, so
    // neither separator can occur in one.
    private static TableEntity Entity(string partition, IReadOnlyDictionary<string, Entry> authors) => new(partition, AuthorsRow)
    {
        ["Authors"] = string.Join(';', authors.Select(a =>
            a.Key + "=" + a.Value.At.UtcTicks.ToString(CultureInfo.InvariantCulture) + "=" + a.Value.Signature.ToBase64())),
    };

    private static Dictionary<string, Entry> Parse(string? authors)
    {
        var parsed = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in (authors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=', 3);
            if (parts.Length == 3
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && NearDuplicateSignature.FromBase64(parts[2]) is { } signature)
            {
                parsed[parts[0]] = new Entry(new DateTimeOffset(ticks, TimeSpan.Zero), signature);
            }
        }

        return parsed;
    }

    private sealed record Entry(DateTimeOffset At, NearDuplicateSignature Signature);

    private sealed record Post(string AuthorKey, IReadOnlyList<string> OwnKeys, DateTimeOffset At, TimeSpan Window, NearDuplicateSignature Signature)
    {
        private readonly HashSet<string> otherAuthors = new(StringComparer.Ordinal);

        // Filled by the rounds of the post's bands, which may run at once, before the caller's task
        // completes.
        public IReadOnlyCollection<string> OtherAuthors
        {
            get
            {
                lock (otherAuthors)
                {
                    return [.. otherAuthors];
                }
            }
        }

        public void Found(string author)
        {
            lock (otherAuthors)
            {
                otherAuthors.Add(author);
            }
        }
    }
}
