// Compile benchmark, 200 lines; UNIQUE is replaced per compile so no two sources are alike.
var tag = "UNIQUE";
var body = (Event["Body"] ?? string.Empty).Trim();
var totals = new Dictionary<string, int>();

static int Score1(string text, int seed)
{
    var score = seed + 1;
    foreach (var c in text)
    {
        score = (score * 32 + c) % 100_003;
    }

    return text.Length > 1 ? score : -score;
}

totals["s1"] = Score1(body + tag, 7);

static int Score2(string text, int seed)
{
    var score = seed + 2;
    foreach (var c in text)
    {
        score = (score * 33 + c) % 100_003;
    }

    return text.Length > 2 ? score : -score;
}

totals["s2"] = Score2(body + tag, 14);

static int Score3(string text, int seed)
{
    var score = seed + 3;
    foreach (var c in text)
    {
        score = (score * 34 + c) % 100_003;
    }

    return text.Length > 3 ? score : -score;
}

totals["s3"] = Score3(body + tag, 21);

static int Score4(string text, int seed)
{
    var score = seed + 4;
    foreach (var c in text)
    {
        score = (score * 35 + c) % 100_003;
    }

    return text.Length > 4 ? score : -score;
}

totals["s4"] = Score4(body + tag, 28);

static int Score5(string text, int seed)
{
    var score = seed + 5;
    foreach (var c in text)
    {
        score = (score * 36 + c) % 100_003;
    }

    return text.Length > 5 ? score : -score;
}

totals["s5"] = Score5(body + tag, 35);

static int Score6(string text, int seed)
{
    var score = seed + 6;
    foreach (var c in text)
    {
        score = (score * 37 + c) % 100_003;
    }

    return text.Length > 6 ? score : -score;
}

totals["s6"] = Score6(body + tag, 42);

static int Score7(string text, int seed)
{
    var score = seed + 7;
    foreach (var c in text)
    {
        score = (score * 38 + c) % 100_003;
    }

    return text.Length > 7 ? score : -score;
}

totals["s7"] = Score7(body + tag, 49);

static int Score8(string text, int seed)
{
    var score = seed + 8;
    foreach (var c in text)
    {
        score = (score * 39 + c) % 100_003;
    }

    return text.Length > 8 ? score : -score;
}

totals["s8"] = Score8(body + tag, 56);

static int Score9(string text, int seed)
{
    var score = seed + 9;
    foreach (var c in text)
    {
        score = (score * 40 + c) % 100_003;
    }

    return text.Length > 9 ? score : -score;
}

totals["s9"] = Score9(body + tag, 63);

static int Score10(string text, int seed)
{
    var score = seed + 10;
    foreach (var c in text)
    {
        score = (score * 41 + c) % 100_003;
    }

    return text.Length > 10 ? score : -score;
}

totals["s10"] = Score10(body + tag, 70);

static int Score11(string text, int seed)
{
    var score = seed + 11;
    foreach (var c in text)
    {
        score = (score * 42 + c) % 100_003;
    }

    return text.Length > 11 ? score : -score;
}

totals["s11"] = Score11(body + tag, 77);

static int Score12(string text, int seed)
{
    var score = seed + 12;
    foreach (var c in text)
    {
        score = (score * 43 + c) % 100_003;
    }

    return text.Length > 12 ? score : -score;
}

totals["s12"] = Score12(body + tag, 84);

static int Score13(string text, int seed)
{
    var score = seed + 13;
    foreach (var c in text)
    {
        score = (score * 44 + c) % 100_003;
    }

    return text.Length > 13 ? score : -score;
}

totals["s13"] = Score13(body + tag, 91);

static int Score14(string text, int seed)
{
    var score = seed + 14;
    foreach (var c in text)
    {
        score = (score * 45 + c) % 100_003;
    }

    return text.Length > 14 ? score : -score;
}

totals["s14"] = Score14(body + tag, 98);





var builder = new StringBuilder();
foreach (var pair in totals.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    builder.Append(pair.Key).Append('=').Append(pair.Value).Append(';');
}

var reply = new MessagingResponse();
reply.Message($"{tag}: {builder}");
return reply;
