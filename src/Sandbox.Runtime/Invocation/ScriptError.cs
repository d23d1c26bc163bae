namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// An error a script ended with, reduced to plain data: keeping the exception itself would keep the script's
/// load context alive through its stack trace.
/// </summary>
/// <param name="Type">The exception type's full name (or the limit that tripped).</param>
/// <param name="Message">The exception's message.</param>
/// <param name="Line">1-based line in the script where it was thrown, when a script frame is on the trace.</param>
/// <param name="Column">1-based column of that line's statement, when known.</param>
/// <param name="File">
/// The file that line is in when it is not the function's own source: the shared code file (<c>lib/x.cs</c>) the
/// frame's code came from. Null for the function itself, as before shared code existed. The first frame of the script
/// on the trace decides, so a small method the JIT inlined into its caller reports the caller's line and file.
/// </param>
public sealed record ScriptError(string Type, string Message, int? Line, int? Column, string? File = null);
