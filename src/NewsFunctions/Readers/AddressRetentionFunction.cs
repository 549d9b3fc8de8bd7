using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.Readers;

public sealed class AddressRetentionFunction(AddressRetention retention)
{
    // Daily at 03:30 UTC, a quiet hour for an Arabic-language site's readers. The local host runs it
    // on this same schedule, and once at start with DevHost__RunTimersAtStart=true.
    [Function(nameof(ForgetOldAddresses))]
    public async Task ForgetOldAddresses([TimerTrigger("0 30 3 * * *")] TimerInfo timer, CancellationToken cancellationToken)
        => await retention.RunAsync(cancellationToken);
}
