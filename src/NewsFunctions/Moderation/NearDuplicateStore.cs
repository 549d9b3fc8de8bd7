using System.Globalization;
using Azure;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.Moderation;

public interface INearDuplicateStore
{
    // Records that the author (a keyed hash of the name) posted a text with this fingerprint at
    // `at`, then counts the other authors who posted it within `window` before `at`. Recording and
    // counting in one conditional write, with the author's own entry left out of the count, makes a
    // redelivery count the same.
    Task<int> RecordAndCountOtherAuthorsAsync(string fingerprint, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);
}

// One `commentindex` row per fingerprint, n-{fingerprint} / authors, across all articles, listing the
// authors who posted the text with the time of each one's latest post. Most texts are posted once, so
// the common case is one insert that succeeds: nobody posted it before. A text posted again is read
// and rewritten under its ETag, so two authors posting at the same moment cannot lose each other:
// the second write fails with 412 and reads the first. (A row per author and a range read to count
// them cost two requests on every comment, and Azurite answers a range read by scanning the table.)
public sealed class NearDuplicateStore(TableServiceClient tableService) : INearDuplicateStore
{
    // Two other names already decide spam; keeping far more than that only grows the row.
    public const int MaxAuthors = 50;

    // A campaign posting one text from many workers at once retries its conditional writes; each
    // retry has read the winner's write, so the queue of writers shortens every round.
    private const int MaxAttempts = 40;

    private const string AuthorsRow = "authors";

    private readonly TableClient index = tableService.GetTableClient(TableNames.CommentIndex);

    public async Task<int> RecordAndCountOtherAuthorsAsync(string fingerprint, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var partition = Partition(fingerprint);
        try
        {
            await index.AddEntityAsync(Entity(partition, new Dictionary<string, DateTimeOffset> { [authorKey] = at }), cancellationToken);
            return 0;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            // Posted before, by this author (a redelivery, or the same text again) or by others.
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordInRowAsync(partition, authorKey, at, window, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(0, 2 * attempt), cancellationToken);
            }
        }
    }

    private async Task<int> RecordInRowAsync(string partition, string authorKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        // The row is never deleted: it exists once an insert conflicted on it.
        var row = await index.GetEntityAsync<TableEntity>(partition, AuthorsRow, cancellationToken: cancellationToken);
        var authors = Parse(row.Value.GetString("Authors"));

        // Only posts up to this one's time count: a redelivery after other authors posted the same
        // text later still sees what the first delivery saw.
        var from = at - window;
        var others = authors.Count(a => a.Key != authorKey && a.Value >= from && a.Value <= at);
        if (authors.TryGetValue(authorKey, out var recorded) && recorded == at)
        {
            return Math.Min(others, MaxAuthors);
        }

        // An author who posts the text again moves their time forward (an older redelivery can move
        // it back; that only shifts when that author's window ends). The oldest give way past the cap.
        authors[authorKey] = at;
        var kept = authors.OrderByDescending(a => a.Value).Take(MaxAuthors).ToDictionary(StringComparer.Ordinal);
        await index.UpdateEntityAsync(Entity(partition, kept), row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
        return Math.Min(others, MaxAuthors);
    }

    internal static string Partition(string fingerprint) => "n-" + fingerprint;

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
}
