using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace NewsFunctions.IntegrationTests.Storage;

// A storage client whose entity-group transactions fail while `Failing` is set, as if the account
// went away at that moment: for showing what a failed transaction leaves behind.
public sealed class FailingTransactions : HttpPipelineSynchronousPolicy
{
    public bool Failing { get; set; } = true;

    public TableServiceClient Tables(string connectionString)
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return new TableServiceClient(connectionString, options);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (Failing && message.Request.Uri.ToUri().AbsolutePath.EndsWith("$batch", StringComparison.Ordinal))
        {
            throw new RequestFailedException(503, "The transaction was not sent: storage is away for this test.");
        }
    }
}
