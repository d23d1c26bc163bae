// LINQ query syntax, nullable value types, null-conditional access and lambdas stored in variables.
int? maybe = null;
var fallback = maybe ?? 5;
Func<int, int> twice = x => x * 2;
var query = from n in Enumerable.Range(1, 10)
            where n % 2 == 0
            let doubled = twice(n)
            orderby doubled descending
            select doubled;
string? missing = null;
$"{fallback} {missing?.Length ?? -1} {string.Join(",", query)} {Input.Length}"
