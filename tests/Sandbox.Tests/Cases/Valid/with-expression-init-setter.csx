// An init-only setter (void modreq(IsExternalInit)) through a with-expression: guarded IL must stay valid.
record Money(decimal Amount, string Currency);
var price = new Money(10m, "USD");
var euros = price with { Currency = "EUR", Amount = 9m };
return $"{euros.Amount} {euros.Currency} {price.Currency}";
