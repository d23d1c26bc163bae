using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Conversions between record fields and BSON. Timestamps are stored as UTC ticks (Int64): LiteDB's
/// DateTime type drops the offset and reads back in local time, ticks round-trip exactly and sort.
/// </summary>
internal static class BsonConvert
{
    public static BsonValue FromTime(DateTimeOffset time) => new BsonValue(time.UtcTicks);

    public static DateTimeOffset ToTime(BsonValue value) => new(value.AsInt64, TimeSpan.Zero);

    public static BsonValue FromBytes(ReadOnlyMemory<byte> bytes) => new BsonValue(bytes.ToArray());

    public static BsonValue FromNullable(int? value) => value is { } number ? new BsonValue(number) : BsonValue.Null;

    public static BsonValue FromNullable(long? value) => value is { } number ? new BsonValue(number) : BsonValue.Null;

    public static BsonValue FromNullable(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static BsonValue FromNullable(bool? value) => value is { } flag ? new BsonValue(flag) : BsonValue.Null;

    public static int? ToNullableInt32(BsonValue value) => value.IsNull ? null : value.AsInt32;

    public static long? ToNullableInt64(BsonValue value) => value.IsNull ? null : value.AsInt64;

    public static string? ToNullableString(BsonValue value) => value.IsNull ? null : value.AsString;

    public static bool? ToNullableBoolean(BsonValue value) => value.IsNull ? null : value.AsBoolean;

    public static BsonArray FromStrings(IEnumerable<string> values) => new(values.Select(value => new BsonValue(value)));

    public static TEnum ToEnum<TEnum>(BsonValue value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value.AsString);
}
