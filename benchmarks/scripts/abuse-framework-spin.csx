// Abuse: one long framework call past a 500 ms limit: sorting 100 million random bytes takes seconds inside
// Array.Sort, where no guard runs. The array is filled by a framework call too, so no guarded loop can trip the
// limit first (it would stop the script cooperatively and test nothing). In a worker the host kills the process at
// the 504; in-process the thread would run on after the answer.
var a = new byte[100_000_000];
new Random(1).NextBytes(a);
Array.Sort(a);
return "done";
