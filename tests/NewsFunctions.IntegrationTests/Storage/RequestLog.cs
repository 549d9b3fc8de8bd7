using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace NewsFunctions.IntegrationTests.Storage;

// Records every request a storage client sends, for tests that check how many requests a piece of
// code makes, not how long they take.
public sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> requests = new();

    public int Count => requests.Count;

    // A table service client whose every request lands in the log.
    public TableServiceClient Tables(string connectionString)
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return new TableServiceClient(connectionString, options);
    }

    public int CountOf(string method, string pathFragment)
        => requests.Count(r => r.StartsWith(method + " ", StringComparison.Ordinal) && r.Contains(pathFragment, StringComparison.Ordinal));

    public override void OnSendingRequest(HttpMessage message)
        => requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.ToUri().AbsolutePath)}");
}
