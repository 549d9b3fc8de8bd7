namespace NewsFunctions.Counters;

// What one run did: comments checked, markers repaired, shards whose counts were replaced by their
// recount because they differed, and whether the walk and every recount ended in this run.
public sealed record ReconcileRun(int Checked, int Repaired, int ShardsRepaired, bool WalkEnded);
