namespace TestLibrary.Messages;

/// <summary>What sending answers: an allowed record.</summary>
public sealed record Receipt(string Id, string To, string Status);
