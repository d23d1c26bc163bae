namespace ScriptHost.Storage.Logs;

/// <summary>How much history to keep: entries younger than <see cref="MaxAge"/>, at most <see cref="MaxEntriesPerService"/> per service. <c>null</c> = no limit.</summary>
public sealed record RetentionPolicy(TimeSpan? MaxAge, int? MaxEntriesPerService);
