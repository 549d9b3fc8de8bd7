using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;

namespace NewsFunctions.Readers;

// Address hashes are kept for the flood and ban checks, which need days, not years. Past the
// retention (Comments:AddressRetentionDays, default 90) a comment keeps no address hash and the
// address's latest-submission row goes. Bans keep theirs until they expire: a moderator's decision
// about a reader outweighs the default, and each ban has its own end.
public sealed class AddressRetention(ICommentStore comments, IReaderClaimStore readerClaims, IConfiguration configuration, TimeProvider clock, ILogger<AddressRetention> logger)
{
    public const string DaysSettingName = "Comments:AddressRetentionDays";
    public const int DefaultDays = 90;

    // Never less than a day: the flood and near-duplicate windows look back that far.
    public static DateTimeOffset CutoffFor(DateTimeOffset now, int days) => now - TimeSpan.FromDays(Math.Max(1, days));

    public async Task<(int Comments, int Rows)> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = CutoffFor(clock.GetUtcNow(), configuration.GetValue(DaysSettingName, DefaultDays));
        var cleared = await comments.ForgetAddressesBeforeAsync(cutoff, cancellationToken);
        var rows = await readerClaims.ForgetAddressesBeforeAsync(cutoff, cancellationToken);
        logger.LogInformation("Address retention before {Cutoff}: {Comments} comments and {Rows} flood rows cleared", cutoff, cleared, rows);
        return (cleared, rows);
    }
}
