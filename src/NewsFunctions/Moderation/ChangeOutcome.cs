namespace NewsFunctions.Moderation;

public enum ChangeOutcome { Changed, NotFound, PreconditionFailed, ParentNotApproved }
