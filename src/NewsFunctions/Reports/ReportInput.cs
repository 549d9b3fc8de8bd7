namespace NewsFunctions.Reports;

public sealed record ReportInput(string? Reason, string? Note);
