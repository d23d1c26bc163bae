// DateTime, TimeSpan, Guid, Math, Convert, BitConverter and Random with a seed.
var start = new DateTime(2024, 2, 28, 0, 0, 0, DateTimeKind.Utc);
var later = start.AddDays(2) + TimeSpan.FromHours(36);
var guid = Guid.Parse("00000000-0000-0000-0000-000000000001");
var root = Math.Round(Math.Sqrt(2), 3);
var hex = Convert.ToHexString(BitConverter.GetBytes((short)258));
var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("hi"));
var dice = new Random(42).Next(1, 7) is >= 1 and <= 6;
var uri = new Uri("https://example.com/a/b?x=1");
$"{later:yyyy-MM-dd HH:mm} {later.DayOfWeek} {guid.ToString("N")[^1]} {root} {hex} {base64} {dice} {uri.Host}{uri.AbsolutePath}"
