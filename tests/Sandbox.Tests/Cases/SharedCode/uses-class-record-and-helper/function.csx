// The function uses the shared class, record, helper and constant as if it had declared them.
var ada = new Person("ada");
return $"{Greeting.For(ada)} {Twice(Counting.Letters(ada))}{Punctuation}";
