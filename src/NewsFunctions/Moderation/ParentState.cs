namespace NewsFunctions.Moderation;

public enum ParentState { None, Approved, NotApproved, Missing, OtherArticle, TooDeep }
