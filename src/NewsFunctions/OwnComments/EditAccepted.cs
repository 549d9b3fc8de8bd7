namespace NewsFunctions.OwnComments;

public sealed record EditAccepted(string Id, string Status);
