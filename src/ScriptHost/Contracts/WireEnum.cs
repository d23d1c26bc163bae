using System.Collections.Frozen;
using Wire = ScriptHost.Api.Contracts;

namespace ScriptHost.Contracts;

/// <summary>
/// Storage and compiler enums to the API's wire enums (ScriptHost.Api.Contracts), by member name: the one mapping
/// between the two. <see cref="Pairs"/> lists every pair mapped, and a test holds each pair to the same member names,
/// so a member added on one side only fails a test rather than a request.
/// </summary>
internal static class WireEnum
{
    /// <summary>Every (storage or compiler enum, wire enum) pair the API maps.</summary>
    public static IReadOnlyList<(Type From, Type To)> Pairs { get; } =
    [
        (typeof(Storage.Functions.FunctionVisibility), typeof(Wire.Functions.FunctionVisibility)),
        (typeof(Sandbox.Compilation.ScriptDiagnosticSeverity), typeof(Wire.Functions.ScriptDiagnosticSeverity)),
        (typeof(Storage.Assets.AssetVisibility), typeof(Wire.Assets.AssetVisibility)),
        (typeof(Storage.Builds.BuildStatus), typeof(Wire.Builds.BuildStatus)),
        (typeof(Storage.Builds.BuildOrigin), typeof(Wire.Builds.BuildOrigin)),
        (typeof(Storage.Builds.BuildDiagnosticSeverity), typeof(Wire.Builds.BuildDiagnosticSeverity)),
        (typeof(Storage.Logs.FunctionLogLevel), typeof(Wire.Logs.FunctionLogLevel)),
        (typeof(Storage.Invocations.InvocationStatus), typeof(Wire.Logs.InvocationStatus)),
    ];

    public static Wire.Functions.FunctionVisibility ToWire(this Storage.Functions.FunctionVisibility value) => Map<Storage.Functions.FunctionVisibility, Wire.Functions.FunctionVisibility>(value);

    public static Wire.Functions.ScriptDiagnosticSeverity ToWire(this Sandbox.Compilation.ScriptDiagnosticSeverity value) => Map<Sandbox.Compilation.ScriptDiagnosticSeverity, Wire.Functions.ScriptDiagnosticSeverity>(value);

    public static Wire.Assets.AssetVisibility ToWire(this Storage.Assets.AssetVisibility value) => Map<Storage.Assets.AssetVisibility, Wire.Assets.AssetVisibility>(value);

    public static Wire.Builds.BuildStatus ToWire(this Storage.Builds.BuildStatus value) => Map<Storage.Builds.BuildStatus, Wire.Builds.BuildStatus>(value);

    public static Wire.Builds.BuildOrigin ToWire(this Storage.Builds.BuildOrigin value) => Map<Storage.Builds.BuildOrigin, Wire.Builds.BuildOrigin>(value);

    public static Wire.Builds.BuildDiagnosticSeverity ToWire(this Storage.Builds.BuildDiagnosticSeverity value) => Map<Storage.Builds.BuildDiagnosticSeverity, Wire.Builds.BuildDiagnosticSeverity>(value);

    public static Wire.Logs.FunctionLogLevel ToWire(this Storage.Logs.FunctionLogLevel value) => Map<Storage.Logs.FunctionLogLevel, Wire.Logs.FunctionLogLevel>(value);

    public static Wire.Logs.InvocationStatus ToWire(this Storage.Invocations.InvocationStatus value) => Map<Storage.Invocations.InvocationStatus, Wire.Logs.InvocationStatus>(value);

    /// <summary>The <typeparamref name="TTo"/> member named as <paramref name="value"/> is.</summary>
    public static TTo Map<TFrom, TTo>(TFrom value)
        where TFrom : struct, Enum
        where TTo : struct, Enum =>
        Table<TFrom, TTo>.ByName.TryGetValue(value, out var mapped)
            ? mapped
            : throw new InvalidOperationException($"{typeof(TTo).FullName} has no member named {value} (of {typeof(TFrom).FullName}).");

    private static class Table<TFrom, TTo>
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        public static readonly FrozenDictionary<TFrom, TTo> ByName = Enum.GetValues<TFrom>()
            .Where(value => Enum.IsDefined(typeof(TTo), value.ToString()))
            .ToFrozenDictionary(value => value, value => Enum.Parse<TTo>(value.ToString()));
    }
}
