using Azure;

namespace NewsFunctions.Storage;

// Decides whether an exception means "storage cannot be reached right now" (answer 503 with
// Retry-After) as opposed to a bug. Both hosts' middleware and the health check share this rule.
public static class StorageFailures
{
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or >= 500
            || failed.ErrorCode is "TableNotFound" or "QueueNotFound",
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        HttpRequestException or TimeoutException => true,
        OperationCanceledException canceled => canceled.InnerException is TimeoutException or HttpRequestException,
        _ => false,
    };
}
