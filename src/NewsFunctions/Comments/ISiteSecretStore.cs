namespace NewsFunctions.Comments;

public interface ISiteSecretStore
{
    // The secret every instance hashes with, made by the first instance that needs one.
    Task<string> GetOrCreateAsync(CancellationToken cancellationToken);
}
