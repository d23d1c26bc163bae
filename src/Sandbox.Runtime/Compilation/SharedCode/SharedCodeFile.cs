namespace ScriptHost.Sandbox.Compilation.SharedCode;

/// <summary>
/// One file of a build's shared code: C# whose types and methods every function of the build can use, compiled with
/// each function (never on its own). <see cref="Path"/> follows <see cref="SharedCodeRules.PathError"/>.
/// </summary>
/// <param name="Path">Where it is in the bundle, e.g. <c>lib/greeting.cs</c>; diagnostics and error frames name it.</param>
/// <param name="Source">Its C# text.</param>
public sealed record SharedCodeFile(string Path, string Source);
