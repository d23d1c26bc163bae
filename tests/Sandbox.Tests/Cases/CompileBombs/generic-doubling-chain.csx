// Generic inference doubling a type per statement: a64's type would spell out 2^65 type names, and each statement
// costs the compiler twice the one before.
static (T, T) Pair<T>(T t) => (t, t);
var a0 = 1;
var a1 = Pair(a0); var a2 = Pair(a1); var a3 = Pair(a2); var a4 = Pair(a3); var a5 = Pair(a4); var a6 = Pair(a5);
var a7 = Pair(a6); var a8 = Pair(a7); var a9 = Pair(a8); var a10 = Pair(a9); var a11 = Pair(a10); var a12 = Pair(a11);
var a13 = Pair(a12); var a14 = Pair(a13); var a15 = Pair(a14); var a16 = Pair(a15); var a17 = Pair(a16);
var a18 = Pair(a17); var a19 = Pair(a18); var a20 = Pair(a19); var a21 = Pair(a20); var a22 = Pair(a21);
var a23 = Pair(a22); var a24 = Pair(a23); var a25 = Pair(a24); var a26 = Pair(a25); var a27 = Pair(a26);
var a28 = Pair(a27); var a29 = Pair(a28); var a30 = Pair(a29); var a31 = Pair(a30); var a32 = Pair(a31);
var a33 = Pair(a32); var a34 = Pair(a33); var a35 = Pair(a34); var a36 = Pair(a35); var a37 = Pair(a36);
var a38 = Pair(a37); var a39 = Pair(a38); var a40 = Pair(a39); var a41 = Pair(a40); var a42 = Pair(a41);
var a43 = Pair(a42); var a44 = Pair(a43); var a45 = Pair(a44); var a46 = Pair(a45); var a47 = Pair(a46);
var a48 = Pair(a47); var a49 = Pair(a48); var a50 = Pair(a49); var a51 = Pair(a50); var a52 = Pair(a51);
var a53 = Pair(a52); var a54 = Pair(a53); var a55 = Pair(a54); var a56 = Pair(a55); var a57 = Pair(a56);
var a58 = Pair(a57); var a59 = Pair(a58); var a60 = Pair(a59); var a61 = Pair(a60); var a62 = Pair(a61);
var a63 = Pair(a62); var a64 = Pair(a63);
return 1;
