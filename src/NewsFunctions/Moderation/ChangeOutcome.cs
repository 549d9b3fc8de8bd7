using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Moderation;

public enum ChangeOutcome { Changed, NotFound, PreconditionFailed, ParentNotApproved }
